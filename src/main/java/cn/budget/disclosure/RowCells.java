package cn.budget.disclosure;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import cn.budget.content.CellSource;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A row's cells as one compact JSON text, the form {@code table_row.cells} stores them
 * in: one array per cell by column key, {@code {"amount":["12.00","12","万元","TABLE",7]}}.
 * One row per cell cost a PostgreSQL tuple header and a primary-key entry besides each
 * value, three quarters of a seed-size draft's storage (docs/benchmarks.md). Keys are
 * written sorted, so the same cells always give the same text: Hibernate then rewrites a
 * row only when its cells changed. Amounts are kept as the {@code numeric(24, 6)} column
 * kept them: read back with scale 6.
 */
final class RowCells {

	static final int SCALE = 6;

	// A cell's fields in the order of its array: text, amount, measure, origin, line,
	// comparator, confidential (1), source sentence; the rarer last, trailing nulls left
	// out.
	private static final int FIELDS = 8;

	private static final JsonFactory JSON = new JsonFactory();

	private RowCells() {
	}

	/** The cells as stored; null for a row without any. */
	static String encode(Map<String, CellValue> cells) {
		if (cells.isEmpty()) {
			return null;
		}
		StringWriter out = new StringWriter();
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.writeStartObject();
			for (Map.Entry<String, CellValue> cell : new TreeMap<>(cells).entrySet()) {
				json.writeFieldName(cell.getKey());
				write(json, cell.getValue());
			}
			json.writeEndObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** The cells of a stored text (null: none), in the order of their keys. */
	static Map<String, CellValue> decode(String stored) {
		if (stored == null || stored.isEmpty()) {
			return Collections.emptyMap();
		}
		Map<String, CellValue> cells = new LinkedHashMap<>();
		try (JsonParser json = JSON.createParser(stored)) {
			expect(json.nextToken(), JsonToken.START_OBJECT);
			while (json.nextToken() == JsonToken.FIELD_NAME) {
				String key = json.currentName();
				expect(json.nextToken(), JsonToken.START_ARRAY);
				cells.put(key, read(json));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return cells;
	}

	/** An amount as the cells keep it: scale 6, rounded half up as the column did. */
	static BigDecimal stored(BigDecimal amount) {
		return amount == null ? null : amount.setScale(SCALE, RoundingMode.HALF_UP);
	}

	private static void write(JsonGenerator json, CellValue value) throws IOException {
		CellSource source = value.getSource();
		Object[] fields = { value.getText(),
				value.getAmount() == null ? null : stored(value.getAmount()).stripTrailingZeros().toPlainString(),
				value.getMeasure(), source == null ? null : source.kind().name(), source == null ? null : source.line(),
				value.getComparator(), value.isConfidential() ? 1 : null, source == null ? null : source.sentence() };
		int length = fields.length;
		while (length > 0 && fields[length - 1] == null) {
			length--;
		}
		json.writeStartArray();
		for (int i = 0; i < length; i++) {
			if (fields[i] instanceof Integer number) {
				json.writeNumber(number);
			}
			else {
				json.writeString((String) fields[i]);
			}
		}
		json.writeEndArray();
	}

	private static CellValue read(JsonParser json) throws IOException {
		String[] fields = new String[FIELDS];
		int i = 0;
		while (json.nextToken() != JsonToken.END_ARRAY) {
			fields[i++] = json.currentToken() == JsonToken.VALUE_NULL ? null : json.getValueAsString();
		}
		CellValue value = new CellValue(fields[0], fields[1] == null ? null : stored(new BigDecimal(fields[1])),
				fields[5], fields[2], fields[6] != null);
		return value.withSource(fields[3] == null ? null : new CellSource(CellSource.Kind.valueOf(fields[3]), fields[7],
				fields[4] == null ? null : Integer.valueOf(fields[4])));
	}

	private static void expect(JsonToken token, JsonToken expected) throws IOException {
		if (token != expected) {
			throw new IOException("Stored cells: expected " + expected + ", found " + token);
		}
	}

}
