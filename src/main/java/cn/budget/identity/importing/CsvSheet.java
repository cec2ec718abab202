package cn.budget.identity.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * Reads one CSV as one sheet, which its header names: a 用户名 column makes it the people's,
 * 编码 and 名称 the units'. The encoding is found from the bytes: UTF-8 with or without a
 * byte order mark, or GB18030 as Chinese Excel and WPS save it. Fields are separated by
 * commas (or tabs, when the header holds tabs and no comma) and may be quoted as RFC 4180
 * says; a row's number is its record's, as a spreadsheet shows the file.
 */
final class CsvSheet {

	private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));

	private CsvSheet() {
	}

	static SheetTable read(byte[] content) {
		List<List<String>> records = records(decode(content));
		List<String> header = records.isEmpty() ? List.of() : records.get(0);
		ImportSheet sheet = ImportSheet.byHeader(header)
			.orElseThrow(() -> new ImportRefusedException(HttpStatus.BAD_REQUEST, "orgImport.unknownCsv"));
		Map<Integer, Column> columns = SheetReading.columns(sheet, header);
		List<SheetTable.Row> rows = new ArrayList<>();
		for (int r = 1; r < records.size(); r++) {
			SheetReading.row(r + 1, records.get(r), columns).ifPresent(rows::add);
			SheetReading.checkRowCount(sheet, rows.size());
		}
		return new SheetTable(sheet, rows);
	}

	static String decode(byte[] content) {
		int bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF ? 3 : 0;
		for (Charset charset : CHARSETS) {
			try {
				String text = charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content, bom, content.length - bom))
					.toString();
				if (text.indexOf('\0') < 0) {
					return text;
				}
				break;
			}
			catch (CharacterCodingException ex) {
				// not this encoding: try the next
			}
		}
		throw new ImportRefusedException(HttpStatus.BAD_REQUEST, "orgImport.notSpreadsheet");
	}

	static List<List<String>> records(String text) {
		int firstLine = text.indexOf('\n');
		String head = firstLine < 0 ? text : text.substring(0, firstLine);
		char separator = head.indexOf('\t') >= 0 && head.indexOf(',') < 0 ? '\t' : ',';
		return new CsvRecords(text, separator).read();
	}

}
