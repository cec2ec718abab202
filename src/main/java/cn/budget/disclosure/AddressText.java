package cn.budget.disclosure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.disclosure.ContentAddress.MalformedAddressException;
import cn.budget.disclosure.ContentAddress.Ref;

/** Reads the text form of a {@link ContentAddress}. */
final class AddressText {

	private static final Pattern REF = Pattern.compile("(\\d+)|~(\\d+)|([A-Za-z_][A-Za-z0-9_-]*)(?:\\.(\\d+))?");

	private AddressText() {
	}

	static ContentAddress parse(String text) {
		if (text == null || text.isEmpty()) {
			throw new MalformedAddressException(String.valueOf(text));
		}
		String[] s = text.split(":", -1);
		if (s.length % 2 == 0) {
			throw new MalformedAddressException(text);
		}
		Ref table = null;
		Ref row = null;
		String column = null;
		String field = null;
		String previous = "part";
		for (int i = 1; i < s.length; i += 2) {
			String tag = s[i];
			if (!follows(previous, tag)) {
				throw new MalformedAddressException(text);
			}
			switch (tag) {
				case "table" -> table = ref(s[i + 1], text);
				case "row" -> row = ref(s[i + 1], text);
				case "column" -> column = s[i + 1];
				default -> field = s[i + 1];
			}
			previous = tag;
		}
		try {
			return new ContentAddress(s[0], table, row, column, field);
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
