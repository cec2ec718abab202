package cn.budget.exchange.recognising;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import cn.budget.template.ColumnDefinition;
import cn.budget.template.PartDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.template.TableStyle;
import cn.budget.template.TemplateDefinition;
import cn.budget.exchange.reading.Block;

/**
 * Decides which table of the template a source table is, and where its column headers
 * are: the definition whose column words the header rows match best, helped by the
 * table's title and by the part and section the table stands in.
 */
public final class TableRecognizer {

	private static final int HEADER_SEARCH = 16;

	private static final int HEADER_DEPTH = 3;

	private static final int TITLE_BONUS = 2;

	private static final int MIN_COLUMNS = 2;

	/**
	 * A recognised table.
	 *
	 * @param part the part that holds such tables
	 * @param definition the table's definition
	 * @param headerStart the first header row
	 * @param headerEnd the row after the last header row
	 */
	public record Recognition(PartDefinition part, TableDefinition definition, int headerStart, int headerEnd) {
	}

	private final Vocabulary vocabulary;

	private final TemplateDefinition template;

	private final Map<String, List<Set<String>>> words = new ConcurrentHashMap<>();

	public TableRecognizer(Vocabulary vocabulary, TemplateDefinition template) {
		this.vocabulary = vocabulary;
		this.template = template;
	}

	public Optional<Recognition> recognise(List<Block.Row> rows, String title, PartDefinition part, String target) {
		TableHead head = TableHead.of(rows, HEADER_SEARCH + HEADER_DEPTH);
		Recognition best = null;
		int bestScore = 0;
		for (PartDefinition owner : template.parts()) {
			for (TableDefinition definition : owner.tables()) {
				if (definition.style() == TableStyle.LIST) {
					continue;
				}
				int[] header = headerRow(head, definition);
				boolean titled = Labels.score(title, titles(definition)) > 0;
				int score = header[1] * 2 + (titled ? TITLE_BONUS : 0) + (owner.equals(part) ? 1 : 0)
						+ (definition.key().equals(target) ? TITLE_BONUS : 0);
				if ((header[1] >= MIN_COLUMNS || (titled && header[1] > 0)) && score > bestScore) {
					best = new Recognition(owner, definition, header[0], headerEnd(head, header[0], definition));
					bestScore = score;
				}
			}
		}
		return best != null ? Optional.of(best) : headerOnly(rows, part);
	}

	/**
	 * A table of header fields alone (项目名称 | … | 预算数 | 120.5, 资金用途 | …), as other
	 * counties lay out a project's head above no indicator table or above one of their
	 * own: the definition of which at least two header fields are labels of the table,
	 * among the current part's tables only.
	 */
	private Optional<Recognition> headerOnly(List<Block.Row> rows, PartDefinition part) {
		Recognition best = null;
		long bestCount = MIN_COLUMNS - 1;
		for (TableDefinition definition : part == null ? List.<TableDefinition>of() : part.tables()) {
			long count = definition.header()
				.stream()
				.filter(field -> rows.stream()
					.flatMap(r -> r.cells().stream())
					.anyMatch(c -> Labels.exact(c.text(), headerWords(definition, field))))
				.count();
			if (count > bestCount) {
				best = new Recognition(part, definition, rows.size(), rows.size());
				bestCount = count;
			}
		}
		return Optional.ofNullable(best);
	}

	/** The words of a header field: the template's label and the vocabulary's. */
	public List<String> headerWords(TableDefinition definition, ColumnDefinition field) {
		return Stream
			.concat(Stream.of(field.label().zh()),
					vocabulary.table(definition.key()).header().getOrDefault(field.key(), List.of()).stream())
			.toList();
	}

	/**
	 * The words of a table's columns: the template's labels and groups and the
	 * vocabulary's.
	 */
	List<String> columnWords(TableDefinition definition, ColumnDefinition column) {
		Map<String, List<String>> columns = vocabulary.table(definition.key()).columns();
		return Stream.concat(Stream.of(column.label().zh()), columns.getOrDefault(column.key(), List.of()).stream())
			.toList();
	}

	List<String> titles(TableDefinition definition) {
		List<String> titles = new ArrayList<>(vocabulary.table(definition.key()).titles());
		titles.add(definition.title().zh());
		return titles;
	}

	// {row, distinct columns matched} of the best header row among the first rows: a
	// header starts with a row of known labels and may go on with further label rows
	// below it.
	private int[] headerRow(TableHead head, TableDefinition definition) {
		int[] best = { 0, 0 };
		for (int i = 0; i < head.labels().size() && i < HEADER_SEARCH; i++) {
			if (matched(head, i, i + 1, definition) == 0) {
				continue;
			}
			int matched = matched(head, i, headerEnd(head, i, definition), definition);
			if (matched > best[1]) {
				best = new int[] { i, matched };
			}
		}
		return best;
	}

	private int matched(TableHead head, int from, int to, TableDefinition definition) {
		int matched = 0;
		for (Set<String> column : normalWords(definition)) {
			for (int r = from; r < to; r++) {
				if (head.labels().get(r).stream().anyMatch(column::contains)) {
					matched++;
					break;
				}
			}
		}
		return matched;
	}

	private int headerEnd(TableHead head, int start, TableDefinition definition) {
		int end = start + 1;
		while (end < head.labels().size() && end < start + HEADER_DEPTH && isHeaderLike(head, end, definition)) {
			end++;
		}
		return end;
	}

	// Lower header rows hold labels only: no figures, and at least one known label unless
	// blank.
	private boolean isHeaderLike(TableHead head, int row, TableDefinition definition) {
		if (head.hasFigures(row)) {
			return false;
		}
		return head.rows().get(row).isBlank() || matched(head, row, row + 1, definition) > 0;
	}

	// Per column, its words normalised once: they are compared with every cell of every
	// header row.
	private List<Set<String>> normalWords(TableDefinition definition) {
		return words.computeIfAbsent(definition.key(), key -> definition.columns().stream().map(c -> {
			Set<String> set = new HashSet<>();
			columnWords(definition, c).forEach(w -> set.add(Labels.normal(w)));
			set.remove("");
			return set;
		}).toList());
	}

}
