package cn.budget.exchange.recognising;

import java.util.Comparator;
import java.util.List;

import cn.budget.template.TemplateDefinition;
import cn.budget.exchange.reading.Block;
import cn.budget.exchange.reading.SourceDocument;
import cn.budget.exchange.reading.Text;

/**
 * Recognises which template a document follows from its content: how many of a template's
 * parts its level-1 headings name, and whether its title carries the template's words
 * (绩效文本 …). Where the title line carries words of several templates (…部门预算绩效文本 holds 部门预算
 * and 绩效文本), the word that ends last names the kind, since a Chinese title ends with its
 * head noun; a title that says what the document is outweighs headings that other
 * templates share.
 */
public final class TemplateChooser {

	private static final int TITLE_LINES = 5;

	private static final int TITLE_WEIGHT = 2;

	/** More than any number of headings: the title's head noun names the kind. */
	private static final int HEAD_WEIGHT = 100;

	private final Vocabulary vocabulary;

	public TemplateChooser(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** The template the document fits best; the first one offered on a tie. */
	public TemplateDefinition choose(List<TemplateDefinition> templates, SourceDocument source) {
		List<String> lines = source.blocks()
			.stream()
			.filter(Block.Paragraph.class::isInstance)
			.map(b -> ((Block.Paragraph) b).text())
			.toList();
		TemplateDefinition named = namedByTitle(templates, lines);
		return templates.stream()
			.max(Comparator.comparingInt(t -> score(t, lines) + (t == named ? HEAD_WEIGHT : 0)))
			.orElseThrow();
	}

	/**
	 * The template whose title word ends last on the first title line that has any, or
	 * null.
	 */
	private TemplateDefinition namedByTitle(List<TemplateDefinition> templates, List<String> lines) {
		for (String line : lines.subList(0, Math.min(TITLE_LINES, lines.size()))) {
			String compact = Text.compact(line);
			TemplateDefinition best = null;
			int bestEnd = -1;
			for (TemplateDefinition template : templates) {
				for (String word : titleWords(template)) {
					int at = compact.lastIndexOf(word);
					if (at >= 0 && at + word.length() > bestEnd) {
						best = template;
						bestEnd = at + word.length();
					}
				}
			}
			if (best != null) {
				return best;
			}
		}
		return null;
	}

	private List<String> titleWords(TemplateDefinition template) {
		return vocabulary.templates().containsKey(template.code())
				? vocabulary.templates().get(template.code()).titleWords() : List.of(template.name().zh());
	}

	private int score(TemplateDefinition template, List<String> lines) {
		List<String> words = titleWords(template);
		String head = String.join("", lines.subList(0, Math.min(TITLE_LINES, lines.size())));
		boolean titled = words.stream().anyMatch(w -> Text.compact(head).contains(w));
		return new Outline(vocabulary, template).partsNamed(lines) + (titled ? TITLE_WEIGHT : 0);
	}

}
