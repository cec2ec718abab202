package cn.budget.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.budget.content.ContentAddress;

import cn.budget.content.DisclosureContent;
import cn.budget.template.PartDefinition;
import cn.budget.template.TemplateDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every check over a document and orders the findings as the document reads: by
 * part, table, row, then severity. Free of Spring so that tests and the benchmark run it
 * directly.
 */
final class CheckEngine {

	private static final Logger log = LoggerFactory.getLogger(CheckEngine.class);

	private final List<Check> checks;

	private final RuleSettings settings;

	private final Knowledge knowledge;

	CheckEngine(List<Check> checks, RuleSettings settings, Knowledge knowledge) {
		this.checks = List.copyOf(checks);
		this.settings = settings;
		this.knowledge = knowledge;
	}

	/** The checks of domain.md, in the order a reviewer goes through a document. */
	static List<Check> standardChecks() {
		return List.of(new Completeness(), new FixedRowSums(), new Changes(), new SameFigures(), new ProcurementSums(),
				new ListSums(), new SpendingPlan(), new ProjectIndicators(), new DutyGradings(), new StandardTables(),
				new TextHygiene(), new TextAgainstTable(), new StatedFigures(), new ChangeDifferences(),
				new PublicationDeadline());
	}

	/** Every rule the checks report under, with its defaults. */
	static List<RuleSpec> rules(List<Check> checks) {
		List<RuleSpec> rules = new ArrayList<>(List.of(Arithmetic.ROUNDING));
		checks.forEach(c -> c.rules().stream().filter(r -> !rules.contains(r)).forEach(rules::add));
		return List.copyOf(rules);
	}

	List<RuleSpec> rules() {
		return rules(checks).stream().map(settings::effective).toList();
	}

	List<Finding> run(DisclosureContent document, TemplateDefinition template, CheckContext context) {
		Inspection inspection = new Inspection(document, template, knowledge, context, settings);
		for (Check check : checks) {
			try {
				check.run(inspection);
			}
			catch (RuntimeException ex) {
				// One check tripping over unexpected content must not hide what the
				// others found.
				log.warn("Check {} failed on disclosure {}", check.getClass().getSimpleName(), document.id(), ex);
			}
		}
		List<Finding> findings = new ArrayList<>(inspection.findings());
		findings.sort(order(template));
		return List.copyOf(findings);
	}

	private static Comparator<Finding> order(TemplateDefinition template) {
		List<String> parts = template.parts().stream().map(PartDefinition::key).toList();
		return Comparator.comparingInt((Finding f) -> position(parts, f.part()))
			.thenComparing(f -> position(f.address().table()), Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(f -> position(f.address().row()), Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(Finding::severity);
	}

	private static Integer position(ContentAddress.Ref ref) {
		return ref == null ? null : ref.position();
	}

	private static int position(List<String> parts, String part) {
		int i = parts.indexOf(part);
		return i < 0 ? parts.size() : i;
	}

}
