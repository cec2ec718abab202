package cn.budget;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks),
 * for the tests that read what a download holds.
 */
final class CsvFields {

	private final List<String> fields = new ArrayList<>();

	private final StringBuilder field = new StringBuilder();

	private boolean quoted;

	private CsvFields() {
	}

	static List<String> of(String csv) {
		CsvFields reader = new CsvFields();
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		for (int i = 0; i < text.length(); i++) {
			i = reader.quoted ? reader.inQuotes(text, i) : reader.outside(text.charAt(i), i);
		}
		return reader.fields;
	}

	/**
	 * Reads at {@code i} inside quotes; returns the last index read (a doubled quote is
	 * two).
	 */
	private int inQuotes(String text, int i) {
		char c = text.charAt(i);
		boolean doubled = c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"';
		if (c != '"' || doubled) {
			field.append(c);
		}
		else {
			quoted = false;
		}
		return doubled ? i + 1 : i;
	}

	private int outside(char c, int i) {
		if (c == '"') {
			quoted = true;
		}
		else if (c == ',' || c == '\n') {
			fields.add(field.toString());
			field.setLength(0);
		}
		else if (c != '\r') {
			field.append(c);
		}
		return i;
	}

}
