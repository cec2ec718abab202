package cn.budget.exchange.recognising;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.exchange.reading.Text;

/**
 * Recognises the numbering at the start of a heading or item, whatever the style:
 * {@code 一、} and {@code 第一部分} (level 1), {@code （一）} (level 2), {@code 1、} or {@code 1.}
 * (level 3), {@code （1）} (level 4). Documents of other provinces number their parts
 * differently, so the level, not the style, is what the assembler looks at.
 */
public final class Numbering {

	private static final String CN = "[一二三四五六七八九十]+";

	private static final List<Pattern> LEVELS = List.of(
			Pattern.compile("^(第(?:" + CN + "|\\d+)(?:部分|章|节)|" + CN + "[、.．])[、.．:：\\s\\u3000]*"),
			Pattern.compile("^([（(]" + CN + "[）)])[、.．\\s\\u3000]*"),
			Pattern.compile("^(\\d{1,2}[、．]|\\d{1,2}\\.(?!\\d))[\\s\\u3000]*"),
			Pattern.compile("^([（(]\\d{1,2}[）)])[、.．\\s\\u3000]*"));

	/**
	 * A numbered line.
	 *
	 * @param level 1 to 4
	 * @param numeral the numbering as written, e.g. {@code （二）}
	 * @param title the text after the numbering, without field-code residue
	 */
	public record Numbered(int level, String numeral, String title) {
	}

	private Numbering() {
	}

	/** The numbering of a line, or empty when it is not numbered. */
	public static Optional<Numbered> of(String line) {
		String text = Text.clean(Text.withoutFieldCode(line));
		for (int i = 0; i < LEVELS.size(); i++) {
			Matcher m = LEVELS.get(i).matcher(text);
			if (m.find() && m.end() < text.length()) {
				return Optional.of(new Numbered(i + 1, m.group(1), Text.clean(text.substring(m.end()))));
			}
		}
		return Optional.empty();
	}

	/** The line without its numbering. */
	public static String strip(String line) {
		return of(line).map(Numbered::title).orElse(Text.clean(Text.withoutFieldCode(line)));
	}

}
