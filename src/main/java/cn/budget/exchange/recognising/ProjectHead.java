package cn.budget.exchange.recognising;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.budget.template.ColumnDefinition;
import cn.budget.template.PartDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.exchange.reading.Block;
import cn.budget.exchange.reading.Text;

/**
 * A project's head written as label lines in running text, as other counties' performance
 * texts do: a title ({@code 1、社区养老服务项目}), then {@code 预算规模及资金用途}, {@code 预算数：120.5万元},
 * {@code 其他资金：10万元}, {@code 资金用途：…}. The lines are held until the project's table comes
 * (they describe it, like captions) or, when no table comes, they make a table of header
 * fields alone, so that the amounts are placed rather than left as text.
 */
public final class ProjectHead {

	private static final Pattern GROUP = Pattern.compile("[及和与、]");

	private static final int MAX_TITLE = 40;

	private final TableRecognizer recognizer;

	private final List<Block.Paragraph> lines = new ArrayList<>();

	private TableDefinition table;

	public ProjectHead(TableRecognizer recognizer) {
		this.recognizer = recognizer;
	}

	/**
	 * Holds a line when it belongs to a project's head: a label line, or a short title
	 * right above one.
	 * @param target the element the part is at
	 * @param next the paragraph that follows, or null
	 * @return whether the line was held
	 */
	public boolean take(PartDefinition part, String target, String textField, Block.Paragraph paragraph,
			Block.Paragraph next) {
		Optional<TableDefinition> definition = headTable(part, target, textField);
		if (definition.isEmpty()) {
			return false;
		}
		String line = clean(paragraph);
		boolean title = line.length() <= MAX_TITLE && !line.contains("。") && next != null
				&& isHeadLine(definition.get(), clean(next)) && !isHeadLine(definition.get(), line);
		if (!title && !isHeadLine(definition.get(), line)) {
			return false;
		}
		table = definition.get();
		lines.add(paragraph);
		return true;
	}

	/** Whether lines are held and which table they are the head of. */
	public Optional<TableDefinition> pending() {
		return lines.isEmpty() ? Optional.empty() : Optional.of(table);
	}

	/** The lines held, which the caller places; none are held afterwards. */
	public List<Block.Paragraph> drain() {
		List<Block.Paragraph> drained = List.copyOf(lines);
		lines.clear();
		return drained;
	}

	// The repeatable table with a head that the part is at, or the part's only one when
	// it has no text.
	private static Optional<TableDefinition> headTable(PartDefinition part, String target, String textField) {
		if (part == null) {
			return Optional.empty();
		}
		return part.tables()
			.stream()
			.filter(t -> t.repeatable() && !t.header().isEmpty())
			.filter(t -> t.key().equals(target) || textField == null && part.tables().size() == 1)
			.findFirst();
	}

	/** 预算数：120.5万元 (a head field and its value) or 预算规模及资金用途 (a label of such labels). */
	boolean isHeadLine(TableDefinition definition, String written) {
		String line = TableMetadata.withoutOfWhich(written);
		String label = Outline.label(line);
		if (!Outline.afterLabel(line).isEmpty() && !label.equals(Numbering.strip(line))) {
			return headField(definition, label);
		}
		String[] words = GROUP.split(Labels.normal(line));
		return words.length > 1 && java.util.Arrays.stream(words).allMatch(w -> headField(definition, w));
	}

	// The head's own fields; its goals and spending plan are stated in sentences of their
	// own.
	private boolean headField(TableDefinition definition, String label) {
		for (ColumnDefinition field : definition.header()) {
			if (!field.key().startsWith("plan_") && !field.key().equals("goals")
					&& Labels.exact(label, recognizer.headerWords(definition, field))) {
				return true;
			}
		}
		return false;
	}

	private static String clean(Block.Paragraph paragraph) {
		return Text.clean(Text.withoutFieldCode(paragraph.text()));
	}

}
