package cn.budget.exchange.recognising;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.budget.content.CellSource;
import cn.budget.content.CellView;
import cn.budget.exchange.reading.Block;
import cn.budget.exchange.reading.Text;

/**
 * The header fields of one table by the words that label them: which field a label names,
 * and the value of a cell as a header field holds it.
 */
final class HeaderFields {

	private static final Pattern GROUP = Pattern.compile("[及和与、]");

	private final Map<String, List<String>> fieldWords;

	/** Per header field key, the words of its label. */
	HeaderFields(Map<String, List<String>> fieldWords) {
		this.fieldWords = fieldWords;
	}

	/** The header field a label names, if any. */
	Optional<String> field(String label) {
		if (label == null || label.length() > Labels.MAX_LABEL) {
			return Optional.empty();
		}
		return fieldWords.entrySet()
			.stream()
			.filter(e -> Labels.exact(label, e.getValue()))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	// 预算规模及资金用途 heads the fields it names (预算数 …, 资金用途 …): a label of labels, not a
	// value.
	boolean isGroup(String text) {
		String[] words = GROUP.split(Labels.normal(text));
		return words.length > 1 && Arrays.stream(words).allMatch(w -> field(w).isPresent());
	}

	/** A cell's text as a header field's value, remembering the line it came from. */
	static CellView value(Block.Cell cell) {
		String text = Text.clean(cell.text());
		return new CellView(text, cell.confidential() || Text.isMask(text), null, null, null,
				CellSource.table(cell.line()));
	}

}
