package cn.budget.exchange.recognising;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.budget.template.TableDefinition;
import cn.budget.exchange.reading.Block;
import cn.budget.exchange.reading.Text;

/**
 * Which column of the template each source column is, read from one to three header rows.
 * Word collapses a heading spanning several columns into one cell and leaves the rows
 * under a heading spanning several rows blank, so the rows are aligned first: a blank
 * position takes the next cell of the row above, a run of labelled positions shares one
 * (its group heading).
 */
public final class ColumnLayout {

	private final List<List<String>> labels;

	private final String[] keys;

	private ColumnLayout(List<List<String>> labels, String[] keys) {
		this.labels = labels;
		this.keys = keys;
	}

	public static ColumnLayout of(List<Block.Row> header, TableDefinition definition, TableRecognizer words) {
		List<List<String>> labels = align(header);
		String[] keys = new String[labels.size()];
		List<int[]> candidates = new ArrayList<>();
		for (int p = 0; p < labels.size(); p++) {
			for (int c = 0; c < definition.columns().size(); c++) {
				int score = score(labels.get(p), words.columnWords(definition, definition.columns().get(c)));
				if (score > 0) {
					candidates.add(new int[] { p, c, score });
				}
			}
		}
		candidates.sort(Comparator.comparingInt((int[] a) -> -a[2]).thenComparingInt(a -> a[0]));
		boolean[] taken = new boolean[definition.columns().size()];
		for (int[] candidate : candidates) {
			if (keys[candidate[0]] == null && !taken[candidate[1]]) {
				keys[candidate[0]] = definition.columns().get(candidate[1]).key();
				taken[candidate[1]] = true;
			}
		}
		return new ColumnLayout(labels, keys);
	}

	int width() {
		return keys.length;
	}

	/** The template column at a position, or null when the source column has no place. */
	public String key(int position) {
		return position < keys.length ? keys[position] : null;
	}

	/**
	 * The source heading of a position, lowest row first joined with its group headings.
	 */
	public String label(int position) {
		List<String> path = new ArrayList<>(labels.get(position));
		java.util.Collections.reverse(path);
		return String.join(" / ", path);
	}

	/** Every label of the header, for finding a unit of measure written into it. */
	public List<String> allLabels() {
		return labels.stream().flatMap(List::stream).toList();
	}

	private static int score(List<String> path, List<String> words) {
		int best = 0;
		for (int i = 0; i < path.size(); i++) {
			best = Math.max(best, Labels.score(path.get(i), words) * (i == 0 ? 2 : 1));
		}
		return best;
	}

	// Per position, the labels from the lowest header row up.
	private static List<List<String>> align(List<Block.Row> header) {
		int leafRow = 0;
		for (int r = 0; r < header.size(); r++) {
			if (header.get(r).cells().size() >= header.get(leafRow).cells().size()) {
				leafRow = r;
			}
		}
		List<List<String>> paths = new ArrayList<>();
		for (Block.Cell cell : header.get(leafRow).cells()) {
			List<String> path = new ArrayList<>();
			String label = Text.clean(cell.text());
			if (!label.isEmpty()) {
				path.add(label);
			}
			paths.add(path);
		}
		for (int r = leafRow - 1; r >= 0; r--) {
			alignUpper(paths, header.get(r).cells().stream().map(c -> Text.clean(c.text())).toList());
		}
		return paths;
	}

	private static void alignUpper(List<List<String>> paths, List<String> upper) {
		if (upper.size() >= paths.size()) {
			for (int p = 0; p < paths.size(); p++) {
				addLabel(paths.get(p), upper.get(p));
			}
			return;
		}
		int next = 0;
		int p = 0;
		while (p < paths.size() && next < upper.size()) {
			String label = upper.get(next++);
			if (paths.get(p).isEmpty()) {
				addLabel(paths.get(p++), label);
				continue;
			}
			while (p < paths.size() && !paths.get(p).isEmpty()) {
				addLabel(paths.get(p++), label);
			}
		}
	}

	private static void addLabel(List<String> path, String label) {
		if (!label.isEmpty() && !path.contains(label)) {
			path.add(label);
		}
	}

}
