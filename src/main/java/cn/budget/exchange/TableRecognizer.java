package cn.budget.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import cn.budget.disclosure.template.ColumnDefinition;
import cn.budget.disclosure.template.PartDefinition;
import cn.budget.disclosure.template.TableDefinition;
import cn.budget.disclosure.template.TableStyle;
import cn.budget.disclosure.template.TemplateDefinition;

/**
 * Decides which table of the template a source table is, and where its column headers are: the
 * definition whose column words the header rows match best, helped by the table's title and by the
 * part and section the table stands in.
 */
final class TableRecognizer {

	private static final int HEADER_SEARCH = 16;

	private static final int HEADER_DEPTH = 3;

	private static final int TITLE_BONUS = 2;

	private static final int MIN_COLUMNS = 2;

	/**
	 * A recognised table.
	 * @param part the part that holds such tables
	 * @param definition the table's definition
	 * @param headerStart the first header row
	 * @param headerEnd the row after the last header row
	 */
	record Recognition(PartDefinition part, TableDefinition definition, int headerStart, int headerEnd) {
	}

	private final Vocabulary vocabulary;

	private final TemplateDefinition template;

	TableRecognizer(Vocabulary vocabulary, TemplateDefinition template) {
		this.vocabulary = vocabulary;
		this.template = template;
	}

	Optional<Recognition> recognise(List<Block.Row> rows, String title, PartDefinition part, String target) {
		Recognition best = null;
		int bestScore = 0;
		for (PartDefinition owner : template.parts()) {
			for (TableDefinition definition : owner.tables()) {
				if (definition.style() == TableStyle.LIST) {
					continue;
				}
				int[] header = headerRow(rows, definition);
				boolean titled = Labels.score(title, titles(definition)) > 0;
				int score = header[1] * 2 + (titled ? TITLE_BONUS : 0) + (owner.equals(part) ? 1 : 0)
						+ (definition.key().equals(target) ? TITLE_BONUS : 0);
				if ((header[1] >= MIN_COLUMNS || (titled && header[1] > 0)) && score > bestScore) {
					best = new Recognition(owner, definition, header[0], headerEnd(rows, header[0], definition));
					bestScore = score;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/** The words of a table's columns: the template's labels and groups and the vocabulary's. */
	List<String> columnWords(TableDefinition definition, ColumnDefinition column) {
		Map<String, List<String>> words = vocabulary.table(definition.key()).columns();
		return Stream.concat(Stream.of(column.label().zh()), words.getOrDefault(column.key(), List.of()).stream())
			.toList();
	}

	List<String> titles(TableDefinition definition) {
		List<String> titles = new ArrayList<>(vocabulary.table(definition.key()).titles());
		titles.add(definition.title().zh());
		return titles;
	}

	// {row, distinct columns matched} of the best header row among the first rows: a header starts
	// with a row of known labels and may go on with further label rows below it.
	private int[] headerRow(List<Block.Row> rows, TableDefinition definition) {
		int[] best = { 0, 0 };
		for (int i = 0; i < rows.size() && i < HEADER_SEARCH; i++) {
			if (matched(rows.subList(i, i + 1), definition) == 0) {
				continue;
			}
			int matched = matched(rows.subList(i, headerEnd(rows, i, definition)), definition);
			if (matched > best[1]) {
				best = new int[] { i, matched };
			}
		}
		return best;
	}

	private int matched(List<Block.Row> header, TableDefinition definition) {
		int matched = 0;
		for (ColumnDefinition column : definition.columns()) {
			List<String> words = columnWords(definition, column);
			if (header.stream().flatMap(r -> r.cells().stream())
				.anyMatch(c -> Labels.score(c.text(), words) == Labels.EXACT)) {
				matched++;
			}
		}
		return matched;
	}

	private int headerEnd(List<Block.Row> rows, int start, TableDefinition definition) {
		int end = start + 1;
		while (end < rows.size() && end < start + HEADER_DEPTH && isHeaderLike(rows.get(end), definition)) {
			end++;
		}
		return end;
	}

	// Lower header rows hold labels only: no figures, and at least one known label unless blank.
	private boolean isHeaderLike(Block.Row row, TableDefinition definition) {
		if (row.cells().stream().anyMatch(c -> c.text().matches("(?s).*\\d.*") || Text.isMask(c.text()))) {
			return false;
		}
		return row.isBlank() || definition.columns().stream()
			.anyMatch(col -> row.cells().stream()
				.anyMatch(c -> Labels.score(c.text(), columnWords(definition, col)) == Labels.EXACT));
	}

}
