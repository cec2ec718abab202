package cn.budget.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.PartContent;
import cn.budget.disclosure.RowContent;
import cn.budget.disclosure.TableContent;
import cn.budget.exchange.reading.Text;
import cn.budget.exchange.recognising.ImportReport;

/**
 * Counts the numbers written in a text and in a disclosure, to prove that an import keeps
 * every one.
 */
final class NumberTokens {

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

	private NumberTokens() {
	}

	/**
	 * The numbers of a source text, each with how often it occurs. Word's TC field codes
	 * are left out: they are instructions for the table of contents, not text a reader
	 * sees (and in seed 001 they spell out titles the visible text masks as
	 * confidential).
	 */
	static Map<String, Long> ofSource(String text) {
		List<String> lines = text.lines().map(Text::withoutFieldCode).toList();
		return count(String.join("\n", lines));
	}

	/** The numbers of every title, field, header value and cell of a disclosure. */
	static Map<String, Long> ofModel(String title, List<PartContent> parts) {
		StringBuilder all = new StringBuilder(String.valueOf(title)).append('\n');
		for (PartContent part : parts) {
			part.getFields().values().forEach(c -> append(all, c));
			for (TableContent table : part.getTables()) {
				all.append(table.getTitle()).append('\n');
				table.getHeader().values().forEach(c -> append(all, c));
				for (RowContent row : table.getRows()) {
					row.getCells().values().forEach(c -> append(all, c));
				}
			}
		}
		return count(all.toString());
	}

	/** The numbers of the lines an import report lists as not placed. */
	static Map<String, Long> ofReport(ImportReport report) {
		return count(String.join("\n", report.unplaced().stream().map(ImportReport.Unplaced::text).toList()));
	}

	/** The numbers of the report's notes (how source units were read). */
	static Map<String, Long> ofNotes(ImportReport report) {
		return count(String.join("\n", report.notes().stream().map(ImportReport.Unplaced::text).toList()));
	}

	private static void append(StringBuilder all, CellContent cell) {
		if (cell != null && cell.getValue() != null) {
			all.append(cell.getValue()).append('\n');
		}
	}

	static Map<String, Long> count(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher m = NUMBER.matcher(text);
		while (m.find()) {
			tokens.add(m.group());
		}
		return tokens.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
	}

}
