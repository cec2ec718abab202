package cn.budget.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import cn.budget.content.CellSource;
import cn.budget.content.CellView;
import cn.budget.content.PartView;
import cn.budget.template.PartDefinition;
import cn.budget.exchange.placing.Assembly;
import cn.budget.exchange.recognising.ImportReport;

/**
 * Counts, per part, what an import placed from tables, what from the text (the figures it
 * read), and what not at all (the lines it could not place and the figures it left in the
 * text), so a reader sees at a glance that nothing was dropped silently.
 */
final class PlacementCounts {

	/** Notes that name a figure left in the text: counted as not placed. */
	static final Set<String> LEFT_IN_TEXT = Set.of("import.note.figureUnclear", "import.note.changeUnclear",
			"import.note.figureTwice");

	private PlacementCounts() {
	}

	static List<ImportOutcome.PartCount> of(Assembly assembly, Function<PartDefinition, String> title,
			String beforeParts) {
		List<ImportOutcome.PartCount> counts = new ArrayList<>();
		long before = notPlaced(assembly.report(), null);
		if (before > 0) {
			counts.add(new ImportOutcome.PartCount(null, beforeParts, 0, 0, (int) before));
		}
		for (PartDefinition part : assembly.draft().template().parts()) {
			PartView content = assembly.draft().part(part.key());
			long figures = assembly.draft().figures().stream().filter(f -> f.at().part().equals(part.key())).count();
			counts.add(new ImportOutcome.PartCount(part.key(), title.apply(part), count(content, CellSource.Kind.TABLE),
					(int) figures, (int) notPlaced(assembly.report(), part.key())));
		}
		return counts;
	}

	private static long notPlaced(ImportReport report, String part) {
		return report.unplaced().stream().filter(u -> Objects.equals(part, u.part())).count() + report.notes()
			.stream()
			.filter(n -> Objects.equals(part, n.part()) && LEFT_IN_TEXT.contains(n.reason()))
			.count();
	}

	private static int count(PartView content, CellSource.Kind kind) {
		Stream<Map<String, CellView>> maps = Stream.concat(Stream.of(content.fields()),
				content.tables()
					.stream()
					.flatMap(t -> Stream.concat(Stream.of(t.header()), t.rows().stream().map(r -> r.cells()))));
		return (int) maps.flatMap(m -> m.values().stream())
			.filter(c -> c.text() != null && c.source() != null && c.source().kind() == kind)
			.count();
	}

}
