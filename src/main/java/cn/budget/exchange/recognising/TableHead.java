package cn.budget.exchange.recognising;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.budget.exchange.reading.Block;
import cn.budget.exchange.reading.Text;

/**
 * The first rows of a source table as normalised labels, compared many times over while
 * its header is looked for ({@link TableRecognizer}).
 */
record TableHead(List<Block.Row> rows, List<Set<String>> labels) {

	/** The labels of the first rows, as many as may hold the header. */
	static TableHead of(List<Block.Row> rows, int searched) {
		List<Set<String>> labels = new ArrayList<>();
		for (Block.Row row : rows.subList(0, Math.min(rows.size(), searched))) {
			Set<String> normal = new HashSet<>();
			row.cells()
				.stream()
				.filter(c -> c.text().length() <= Labels.MAX_LABEL)
				.forEach(c -> normal.add(Labels.normal(c.text())));
			labels.add(normal);
		}
		return new TableHead(rows, labels);
	}

	boolean hasFigures(int row) {
		return rows.get(row).cells().stream().anyMatch(c -> c.text().matches("(?s).*\\d.*") || Text.isMask(c.text()));
	}

}
