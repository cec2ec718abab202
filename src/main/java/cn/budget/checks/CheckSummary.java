package cn.budget.checks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many findings of each severity a document has, per part and in all, for the badges
 * of the editor's part navigation and for progress overviews.
 *
 * @param parts counts per part key, in the order of the findings
 * @param total counts over the whole document
 */
public record CheckSummary(Map<String, Counts> parts, Counts total) {

	/** Counts of one part or of the whole document. */
	public record Counts(int errors, int warnings, int infos, int blocking) {

		static final Counts NONE = new Counts(0, 0, 0, 0);

		Counts add(Finding f) {
			return new Counts(errors + (f.severity() == Severity.ERROR ? 1 : 0),
					warnings + (f.severity() == Severity.WARNING ? 1 : 0),
					infos + (f.severity() == Severity.INFO ? 1 : 0), blocking + (f.blocking() ? 1 : 0));
		}

	}

	public static CheckSummary of(List<Finding> findings) {
		Map<String, Counts> parts = new LinkedHashMap<>();
		Counts total = Counts.NONE;
		for (Finding f : findings) {
			parts.put(f.part(), parts.getOrDefault(f.part(), Counts.NONE).add(f));
			total = total.add(f);
		}
		return new CheckSummary(Map.copyOf(parts), total);
	}

}
