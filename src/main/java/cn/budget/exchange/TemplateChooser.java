package cn.budget.exchange;

import java.util.Comparator;
import java.util.List;

import cn.budget.disclosure.template.TemplateDefinition;

/**
 * Recognises which template a document follows from its content: how many of a template's parts
 * its level-1 headings name, and whether its title carries the template's words (绩效文本 …).
 */
final class TemplateChooser {

	private static final int TITLE_LINES = 5;

	private static final int TITLE_WEIGHT = 2;

	private final Vocabulary vocabulary;

	TemplateChooser(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** The template the document fits best; the first one offered on a tie. */
	TemplateDefinition choose(List<TemplateDefinition> templates, SourceDocument source) {
		List<String> lines = source.blocks().stream()
			.filter(Block.Paragraph.class::isInstance)
			.map(b -> ((Block.Paragraph) b).text())
			.toList();
		return templates.stream().max(Comparator.comparingInt(t -> score(t, lines))).orElseThrow();
	}

	private int score(TemplateDefinition template, List<String> lines) {
		List<String> words = vocabulary.templates().containsKey(template.code())
				? vocabulary.templates().get(template.code()).titleWords() : List.of(template.name().zh());
		String head = String.join("", lines.subList(0, Math.min(TITLE_LINES, lines.size())));
		boolean titled = words.stream().anyMatch(w -> Text.compact(head).contains(w));
		return new Outline(vocabulary, template).partsNamed(lines) + (titled ? TITLE_WEIGHT : 0);
	}

}
