package cn.budget.identity.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records of fields, quoted as RFC 4180 says: a quoted field may
 * hold separators, line breaks and doubled quotes. A record ends at LF, CR or CRLF.
 */
final class CsvRecords {

	private final String text;

	private final char separator;

	private final List<List<String>> records = new ArrayList<>();

	private List<String> record = new ArrayList<>();

	private final StringBuilder field = new StringBuilder();

	private boolean quoted;

	CsvRecords(String text, char separator) {
		this.text = text;
		this.separator = separator;
	}

	List<List<String>> read() {
		for (int i = 0; i < text.length(); i++) {
			i = quoted ? quoted(i) : unquoted(i);
		}
		if (!field.isEmpty() || !record.isEmpty()) {
			endField();
			records.add(record);
		}
		return records;
	}

	/** Reads the character at {@code i}; returns the index of the last one read. */
	private int quoted(int i) {
		char c = text.charAt(i);
		if (c == '"' && next(i) == '"') {
			field.append('"');
			return i + 1;
		}
		if (c == '"') {
			quoted = false;
		}
		else {
			field.append(c);
		}
		return i;
	}

	/** Reads the character at {@code i}; returns the index of the last one read. */
	private int unquoted(int i) {
		char c = text.charAt(i);
		if (c == '"' && field.isEmpty()) {
			quoted = true;
		}
		else if (c == separator) {
			endField();
		}
		else if (c == '\n' || c == '\r') {
			endField();
			records.add(record);
			record = new ArrayList<>();
			return c == '\r' && next(i) == '\n' ? i + 1 : i;
		}
		else {
			field.append(c);
		}
		return i;
	}

	private char next(int i) {
		return i + 1 < text.length() ? text.charAt(i + 1) : 0;
	}

	private void endField() {
		record.add(field.toString());
		field.setLength(0);
	}

}
