package cn.budget.exchange.recognising;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.budget.template.PartDefinition;
import cn.budget.template.TableStyle;

/**
 * The sections of a part (its fields and list tables) and the sub-headings or labels that
 * open them: the vocabulary's section words, and the template's own field labels and list
 * titles.
 */
final class Sections {

	/** A label longer than this opens a section only when it matches exactly. */
	private static final int MAX_LABEL = 30;

	private Sections() {
	}

	/** The field or table a sub-heading or label opens within a part. */
	static Optional<String> openedBy(PartDefinition part, Vocabulary.PartWords words, String line) {
		String label = Outline.label(line);
		if (label.length() > Labels.MAX_LABEL) {
			return Optional.empty();
		}
		boolean marked = Numbering.of(line).isPresent() || !label.equals(Numbering.strip(line));
		String best = null;
		int bestScore = 0;
		for (Map.Entry<String, List<String>> section : of(part, words).entrySet()) {
			int score = Labels.score(label, section.getValue());
			boolean accepted = score == Labels.EXACT || (score > 0 && marked && label.length() <= MAX_LABEL);
			if (accepted && score > bestScore) {
				best = section.getKey();
				bestScore = score;
			}
		}
		return Optional.ofNullable(best);
	}

	private static Map<String, List<String>> of(PartDefinition part, Vocabulary.PartWords words) {
		Map<String, List<String>> sections = new LinkedHashMap<>();
		words.sections().forEach((key, list) -> sections.put(key, new ArrayList<>(list)));
		part.fields().forEach(f -> sections.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f.label().zh()));
		part.tables()
			.stream()
			.filter(t -> t.style() == TableStyle.LIST || t.key().equals("duty_goals") || t.key().equals("glossary"))
			.forEach(t -> sections.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(t.title().zh()));
		return sections;
	}

}
