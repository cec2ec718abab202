package cn.budget.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.budget.disclosure.template.PartDefinition;
import cn.budget.disclosure.template.TemplateDefinition;

/**
 * Finds a template's parts and sections in a document: which line opens a part, which opens a
 * section of a part (总体绩效目标, 工作保障措施 …) and where running text and numbered items go.
 */
final class Outline {

	private static final int MAX_LABEL = 30;

	/** Headings are short: a long line is running text, however it begins. */
	private static final int MAX_HEADING = 60;

	private final Vocabulary vocabulary;

	private final TemplateDefinition template;

	Outline(Vocabulary vocabulary, TemplateDefinition template) {
		this.vocabulary = vocabulary;
		this.template = template;
	}

	/**
	 * The part a line opens: a level-1 heading (or a line that is exactly a part's name) naming a
	 * part that comes after the current one.
	 * @param current the index of the current part, -1 before the first
	 */
	Optional<PartDefinition> partOpenedBy(String line, int current) {
		if (line.length() > MAX_HEADING) {
			return Optional.empty();
		}
		Optional<Numbering.Numbered> numbered = Numbering.of(line);
		boolean level1 = numbered.isPresent() && numbered.get().level() == 1;
		PartDefinition best = null;
		int bestLength = 0;
		List<PartDefinition> parts = template.parts();
		for (int i = current + 1; i < parts.size(); i++) {
			List<String> headings = headings(parts.get(i));
			int length = level1 ? Labels.longestContained(line, headings)
					: Labels.score(line, headings) == Labels.EXACT ? 1 : 0;
			if (length > bestLength) {
				best = parts.get(i);
				bestLength = length;
			}
		}
		return Optional.ofNullable(best);
	}

	/** The field or table a sub-heading or label opens within a part. */
	Optional<String> sectionOpenedBy(PartDefinition part, String line) {
		String label = label(line);
		if (label.length() > Labels.MAX_LABEL) {
			return Optional.empty();
		}
		boolean marked = Numbering.of(line).isPresent() || !label.equals(Numbering.strip(line));
		String best = null;
		int bestScore = 0;
		for (Map.Entry<String, List<String>> section : sections(part).entrySet()) {
			int score = Labels.score(label, section.getValue());
			boolean accepted = score == Labels.EXACT || (score > 0 && marked && label.length() <= MAX_LABEL);
			if (accepted && score > bestScore) {
				best = section.getKey();
				bestScore = score;
			}
		}
		return Optional.ofNullable(best);
	}

	// The vocabulary's section words, and the template's own field labels and list titles.
	private Map<String, List<String>> sections(PartDefinition part) {
		Map<String, List<String>> sections = new java.util.LinkedHashMap<>();
		words(part).sections().forEach((key, list) -> sections.put(key, new java.util.ArrayList<>(list)));
		part.fields().forEach(f -> sections.computeIfAbsent(f.key(), k -> new java.util.ArrayList<>()).add(f.label().zh()));
		part.tables().stream()
			.filter(t -> t.style() == cn.budget.disclosure.template.TableStyle.LIST || t.key().equals("duty_goals")
					|| t.key().equals("glossary"))
			.forEach(t -> sections.computeIfAbsent(t.key(), k -> new java.util.ArrayList<>()).add(t.title().zh()));
		return sections;
	}

	/** The text after a label's colon, empty when there is none. */
	static String afterLabel(String line) {
		String text = Numbering.strip(line);
		int colon = colon(text);
		return colon < 0 ? "" : Text.clean(text.substring(colon + 1));
	}

	/** A line's label: the text before its first colon, or the whole line without numbering. */
	static String label(String line) {
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
	String textField(PartDefinition part) {
		return words(part).text();
	}

	/** Where numbered items go once the intro has been given, may be null. */
	String itemsTable(PartDefinition part) {
		return words(part).items();
	}

	/** How many distinct parts of the template the level-1 headings of the lines name. */
	int partsNamed(List<String> lines) {
		return (int) template.parts().stream()
			.filter(p -> lines.stream().anyMatch(l -> Numbering.of(l).filter(n -> n.level() == 1).isPresent()
					&& Labels.longestContained(l, headings(p)) > 0))
			.count();
	}

	private List<String> headings(PartDefinition part) {
		return java.util.stream.Stream.concat(words(part).headings().stream(), java.util.stream.Stream.of(part.title().zh()))
			.toList();
	}

	private Vocabulary.PartWords words(PartDefinition part) {
		return vocabulary.part(template.code(), part.key())
			.orElse(new Vocabulary.PartWords(List.of(part.title().zh()), null, null, Map.of()));
	}

}
