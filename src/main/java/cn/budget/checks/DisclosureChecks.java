package cn.budget.checks;

import cn.budget.content.DisclosureContent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.budget.content.DisclosureState;
import cn.budget.template.TemplateCatalog;
import cn.budget.template.TemplateDefinition;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * The automated checks a finance reviewer would make, run over a whole disclosure: what
 * they find, and which findings block submission. Checks never change the document and
 * never block drafting; the workflow refuses a submission while {@link #blockingFindings}
 * is not empty (through {@link ChecksSubmissionGate}).
 * <p>
 * Which rules block and how severe each is comes from {@code app.checks.rules}; the
 * meaning of indicator names and the words of the text checks from the knowledge files
 * ({@code checks/*.json} and {@code app.checks.knowledge}).
 */
@Service
public class DisclosureChecks {

	private final TemplateCatalog templates;

	private final Clock clock;

	private final CheckEngine engine;

	private final ChecksMetrics metrics;

	DisclosureChecks(TemplateCatalog templates, ChecksProperties properties, ResourceLoader resources, Clock clock,
			ChecksMetrics metrics) {
		this.templates = templates;
		this.clock = clock;
		this.metrics = metrics;
		List<Check> checks = CheckEngine.standardChecks();
		RuleSettings settings = RuleSettings.of(properties.rules(), CheckEngine.rules(checks));
		this.engine = new CheckEngine(checks, settings, Knowledge.load(resources, properties.knowledge()));
	}

	/**
	 * Every finding of a document, ordered as the document reads.
	 * @param document the disclosure, must not be null
	 */
	public List<Finding> check(DisclosureContent document) {
		// Once published, the deadline question is settled by the publication record (the
		// dashboard's late flag).
		boolean published = document.state() == DisclosureState.PUBLISHED;
		return check(document, published ? CheckContext.none()
				: new CheckContext(document.approvalDate(), document.publicationDue(), null, null));
	}

	/**
	 * Every finding of a document, with what is known beyond it (the approval date and
	 * deadline for the publication rule).
	 * @param document the disclosure, must not be null
	 * @param context the approval and publication dates, must not be null
	 */
	public List<Finding> check(DisclosureContent document, CheckContext context) {
		TemplateDefinition template = templateOf(document);
		return metrics.timeRun(() -> engine.run(document, template, context.withToday(LocalDate.now(clock))));
	}

	/**
	 * The findings that prevent submitting the document; empty when it may be submitted.
	 */
	public List<Finding> blockingFindings(DisclosureContent document) {
		return blocking(check(document));
	}

	/** The blocking ones among findings already made. */
	public static List<Finding> blocking(List<Finding> findings) {
		return findings.stream().filter(Finding::blocking).toList();
	}

	/**
	 * Every rule with its configured severity and blocking flag, for documentation and
	 * the UI.
	 */
	public List<RuleInfo> rules() {
		return engine.rules().stream().map(r -> new RuleInfo(r.id(), r.severity(), r.blocking())).toList();
	}

	/** A rule as configured. */
	public record RuleInfo(String id, Severity severity, boolean blocking) {
	}

	private TemplateDefinition templateOf(DisclosureContent document) {
		return document.templateId() != null ? templates.byId(document.templateId())
				: templates.current(document.template());
	}

}
