package cn.budget.exchange.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Word and typists leave in a document besides its words, cleaned as a document is
 * read so that every later step sees one spelling: the residue of fields
 * ({@code PAGE \* MERGEFORMAT}, {@code HYPERLINK \l "_Toc123"}, {@code { PAGEREF _Toc1 \h
 * }}), full-width digits and decimal points (１２．５ is 12.5), thousands separators inside a
 * figure (1,234.5 is 1234.5) and a doubled percent sign (100%% is 100%). The
 * table-of-contents entry field ({@code TC …}) is left to {@link Text}: its line is a
 * heading and the residue runs to its end. The words themselves are never changed.
 */
final class Characters {

	// Possessive quantifiers: all that follows a field is optional, so giving characters
	// back never finds another match; without them a long run of switches backtracks.
	private static final String SWITCH = "\\\\[*#@!a-zA-Z]++(?:\\s++(?:\"[^\"]*+\"|[A-Za-z]++\\b))?+";

	private static final Pattern FIELD = Pattern.compile("(?:\\{ *)?\\b(?:PAGE|NUMPAGES|SECTIONPAGES|HYPERLINK|PAGEREF"
			+ "|TOC|STYLEREF|SEQ|MERGEFIELD|INCLUDEPICTURE|FORMTEXT|FORMCHECKBOX)\\b(?:\\s*+(?:" + SWITCH
			+ "|\"[^\"]*+\"|_Toc\\d++))*+ *+}?");

	private static final Pattern LOOSE = Pattern.compile(" *\\\\\\* *MERGEFORMAT *|\\{\\s*}|\\b_Toc\\d+\\b");

	private static final Pattern GROUPED = Pattern.compile("(?<![\\d,.])(\\d{1,3})((?:,\\d{3})+)(?![\\d,])");

	private static final Pattern POINT = Pattern.compile("(?<=\\d)．(?=\\d)");

	private static final Pattern PERCENTS = Pattern.compile("([%％])[%％]+");

	private Characters() {
	}

	/**
	 * A line or cell as it should be read; a line that held nothing but field residue
	 * becomes empty.
	 */
	static String read(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String s = withoutFields(text);
		s = halfWidthDigits(s);
		if (s.indexOf(',') >= 0) {
			s = ungrouped(s);
		}
		if (s.indexOf('%') >= 0 || s.indexOf('％') >= 0) {
			s = PERCENTS.matcher(s).replaceAll("$1");
		}
		return s;
	}

	/** Whether the text held field residue and nothing else. */
	static boolean onlyFields(String text) {
		return !text.isBlank() && withoutFields(text).isBlank();
	}

	private static String withoutFields(String text) {
		if (!hasUpperAscii(text) && text.indexOf('{') < 0) {
			return text;
		}
		String s = FIELD.matcher(text).replaceAll("");
		return LOOSE.matcher(s).replaceAll("");
	}

	private static boolean hasUpperAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 'A' && c <= 'Z' || c == '\\') {
				return true;
			}
		}
		return false;
	}

	private static String halfWidthDigits(String text) {
		boolean any = false;
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '０' && c <= '９') {
				out.append((char) (c - '０' + '0'));
				any = true;
			}
			else {
				out.append(c);
			}
		}
		String s = any ? out.toString() : text;
		return s.indexOf('．') < 0 ? s : POINT.matcher(s).replaceAll(".");
	}

	private static String ungrouped(String text) {
		Matcher m = GROUPED.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, m.group(1) + m.group(2).replace(",", ""));
		}
		m.appendTail(out);
		return out.toString();
	}

}
