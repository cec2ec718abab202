package cn.budget.exchange.recognising;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.budget.template.PartDefinition;
import cn.budget.template.TemplateDefinition;
import cn.budget.exchange.reading.Text;

/**
 * Finds a template's parts and sections in a document: which line opens a part, which
 * opens a section of a part (总体绩效目标, 工作保障措施 …) and where running text and numbered items
 * go.
 */
public final class Outline {

	/** Headings are short: a long line is running text, however it begins. */
	private static final int MAX_HEADING = 60;

	/** An unnumbered heading is shorter still. */
	private static final int MAX_LOOSE_HEADING = 24;

	/**
	 * Headings of a lower level (（一）, 1.) are taken for parts when they name this many
	 * parts.
	 */
	private static final int MIN_PARTS_AT_LEVEL = 3;

	private final Vocabulary vocabulary;

	private final TemplateDefinition template;

	public Outline(Vocabulary vocabulary, TemplateDefinition template) {
		this.vocabulary = vocabulary;
		this.template = template;
	}

	/**
	 * The part a line opens: a heading at the document's part level (or a line that is
	 * exactly a part's name) naming a part that comes after the current one, or, at the
	 * part level, any part not opened yet (parts in another order); in a document whose
	 * parts are not numbered, a short line without sentence punctuation naming a part
	 * after the current one.
	 * @param current the index of the current part, -1 before the first
	 * @param opened the parts opened so far
	 * @param level the numbering level of the document's part headings
	 * ({@link #partLevel}), 0 for none
	 */
	public Optional<PartDefinition> partOpenedBy(String line, int current, java.util.Set<PartDefinition> opened,
			int level) {
		if (line.length() > MAX_HEADING) {
			return Optional.empty();
		}
		Optional<Numbering.Numbered> numbered = Numbering.of(line);
		// Below level 1 the part headings share their numbering with items
		// (（十七）承办…交办的其他事项。):
		// there a heading must read like one, not like a sentence.
		boolean atLevel = level > 0 && numbered.isPresent() && numbered.get().level() == level
				&& (level == 1 || isShortHeading(numbered.get().title()));
		boolean loose = level == 0 && numbered.isEmpty() && isShortHeading(line);
		PartDefinition best = null;
		int bestLength = 0;
		List<PartDefinition> parts = template.parts();
		for (int i = atLevel ? 0 : current + 1; i < parts.size(); i++) {
			if (i == current || opened.contains(parts.get(i))) {
				continue;
			}
			List<String> headings = headings(parts.get(i));
			int length = atLevel || loose ? Labels.longestContained(line, headings)
					: Labels.score(line, headings) == Labels.EXACT ? 1 : 0;
			if (length > bestLength) {
				best = parts.get(i);
				bestLength = length;
			}
		}
		return Optional.ofNullable(best);
	}

	// 部门预算安排总体情况 or 财政拨款"三公"经费预算情况：— not a sentence (no 。，； inside, at most a final
	// colon); or a part that says it has nothing (无其他需要说明的事项。), heading and content at
	// once.
	private static boolean isShortHeading(String line) {
		String text = Text.compact(line).replaceAll("[:：]$", "").replaceFirst("^(无.*)。$", "$1");
		return text.length() <= MAX_LOOSE_HEADING && !text.matches(".*[。，,；;：:！？].*");
	}

	/**
	 * The numbering level of a document's part headings: 1 (一、, 第一部分) when such headings
	 * name two parts or more, else the level whose headings name the most parts, at least
	 * three (（一） or 1. for parts); 0 when no level does: the parts are headed by their
	 * names alone.
	 */
	public int partLevel(List<String> lines) {
		if (partsNamed(lines, 1) >= 2) {
			return 1;
		}
		int best = 0;
		int bestCount = MIN_PARTS_AT_LEVEL - 1;
		for (int level = 2; level <= 4; level++) {
			int count = partsNamed(lines, level);
			if (count > bestCount) {
				best = level;
				bestCount = count;
			}
		}
		return best;
	}

	/** The field or table a sub-heading or label opens within a part. */
	public Optional<String> sectionOpenedBy(PartDefinition part, String line) {
		return Sections.openedBy(part, words(part), line);
	}

	/** The text after a label's colon, empty when there is none. */
	public static String afterLabel(String line) {
		String text = Numbering.strip(line);
		int colon = colon(text);
		return colon < 0 ? "" : Text.clean(text.substring(colon + 1));
	}

	/**
	 * A line's label: the text before its first colon, or the whole line without
	 * numbering.
	 */
	public static String label(String line) {
		String text = Numbering.strip(line);
		int colon = colon(text);
		return colon < 0 ? text : Text.clean(text.substring(0, colon));
	}

	private static int colon(String text) {
		int full = text.indexOf('：');
		int half = text.indexOf(':');
		return full < 0 ? half : half < 0 ? full : Math.min(full, half);
	}

	/** Where running text of a part goes, may be null. */
	public String textField(PartDefinition part) {
		return words(part).text();
	}

	/** Where numbered items go once the intro has been given, may be null. */
	public String itemsTable(PartDefinition part) {
		return words(part).items();
	}

	/**
	 * How many distinct parts of the template the headings of the lines name, at their
	 * part level.
	 */
	int partsNamed(List<String> lines) {
		int level = partLevel(lines);
		return level == 0 ? 0 : partsNamed(lines, level);
	}

	private int partsNamed(List<String> lines, int level) {
		List<String> headings = lines.stream()
			.filter(l -> l.length() <= MAX_HEADING && Numbering.of(l)
				.filter(n -> n.level() == level && (level == 1 || isShortHeading(n.title())))
				.isPresent())
			.toList();
		return (int) template.parts()
			.stream()
			.filter(p -> headings.stream().anyMatch(l -> Labels.longestContained(l, headings(p)) > 0))
			.count();
	}

	private List<String> headings(PartDefinition part) {
		return java.util.stream.Stream
			.concat(words(part).headings().stream(), java.util.stream.Stream.of(part.title().zh()))
			.toList();
	}

	private Vocabulary.PartWords words(PartDefinition part) {
		return vocabulary.part(template.code(), part.key())
			.orElse(new Vocabulary.PartWords(List.of(part.title().zh()), null, null, Map.of()));
	}

}
