package cn.budget.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.content.ContentAddress.MalformedAddressException;
import cn.budget.content.ContentAddress.Ref;

/** Writes and reads the text form of a {@link ContentAddress}. */
final class AddressText {

	private static final Pattern REF = Pattern.compile("(\\d+)|~(\\d+)|([A-Za-z_][A-Za-z0-9_-]*)(?:\\.(\\d+))?");

	private AddressText() {
	}

	static String write(ContentAddress address) {
		StringBuilder s = new StringBuilder(address.part());
		if (address.table() != null) {
			s.append(":table:").append(address.table());
		}
		if (address.row() != null) {
			s.append(":row:").append(address.row());
		}
		if (address.column() != null) {
			s.append(":column:").append(address.column());
		}
		if (address.field() != null) {
			s.append(":field:").append(address.field());
		}
		return s.toString();
	}

	static ContentAddress parse(String text) {
		if (text == null || text.isEmpty()) {
			throw new MalformedAddressException(String.valueOf(text));
		}
		String[] s = text.split(":", -1);
		if (s.length % 2 == 0) {
			throw new MalformedAddressException(text);
		}
		Segments segments = new Segments(text);
		for (int i = 1; i < s.length; i += 2) {
			segments.add(s[i], s[i + 1]);
		}
		try {
			return segments.address(s[0]);
		}
		catch (MalformedAddressException ex) {
			throw new MalformedAddressException(text);
		}
	}

	/** Which tag may follow which: part, table, row, column or field, in that order. */
	private static boolean follows(String previous, String tag) {
		return switch (tag) {
			case "table" -> previous.equals("part");
			case "row" -> previous.equals("table");
			case "column" -> previous.equals("row");
			case "field" -> previous.equals("part") || previous.equals("table");
			default -> false;
		};
	}

	/** The tagged segments after the part, taken in the order {@link #follows} allows. */
	private static final class Segments {

		private final String text;

		private String previous = "part";

		private Ref table;

		private Ref row;

		private String column;

		private String field;

		Segments(String text) {
			this.text = text;
		}

		void add(String tag, String value) {
			if (!follows(previous, tag)) {
				throw new MalformedAddressException(text);
			}
			switch (tag) {
				case "table" -> table = ref(value, text);
				case "row" -> row = ref(value, text);
				case "column" -> column = value;
				default -> field = value;
			}
			previous = tag;
		}

		ContentAddress address(String part) {
			return new ContentAddress(part, table, row, column, field);
		}

	}

	private static Ref ref(String text, String address) {
		Matcher m = REF.matcher(text);
		if (!m.matches()) {
			throw new MalformedAddressException(address);
		}
		try {
			if (m.group(1) != null) {
				return Ref.at(Integer.parseInt(m.group(1)));
			}
			if (m.group(2) != null) {
				return Ref.id(Long.parseLong(m.group(2)));
			}
			return Ref.key(m.group(3), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
		}
		catch (NumberFormatException ex) {
			throw new MalformedAddressException(address);
		}
	}

}
