package cn.budget.checks;

import cn.budget.content.DisclosureContent;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The checks as the workflow's submission gate: blocking findings refuse a submission;
 * errors refuse it until the drafter explains them in the submission comment, which is
 * stored with the submitted version and shown to the reviewer. The refusal lists the
 * findings in the caller's language (409 in the API, the task panel on the drafting
 * page). On unless {@code app.checks.submission-gate} is false.
 */
@Component
@ConditionalOnProperty(prefix = "app.checks", name = "submission-gate", havingValue = "true", matchIfMissing = true)
class ChecksSubmissionGate implements SubmissionGate {

	private final DisclosureChecks checks;

	private final FindingText text;

	private final ChecksMetrics metrics;

	ChecksSubmissionGate(DisclosureChecks checks, FindingText text, ChecksMetrics metrics) {
		this.checks = checks;
		this.text = text;
		this.metrics = metrics;
	}

	/** A finding as a refusal lists it; reads as "where: what" on a page. */
	record Refusal(String rule, Severity severity, String part, String anchor, String location, String message,
			String expected, String actual, String address) {

		@Override
		public String toString() {
			return location + "：" + message;
		}

	}

	@Override
	public void assertSubmittable(DisclosureContent document, String explanation) {
		List<Finding> findings = checks.check(document);
		List<Finding> blocking = DisclosureChecks.blocking(findings);
		if (!blocking.isEmpty()) {
			metrics.refused("blocked");
			throw new SubmissionBlockedException("checks.submission.blocked", refusals(blocking), blocking.size());
		}
		List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty() && (explanation == null || explanation.isBlank())) {
			metrics.refused("unexplained");
			throw new SubmissionBlockedException("checks.submission.explain", refusals(errors), errors.size());
		}
	}

	private List<Refusal> refusals(List<Finding> findings) {
		return findings.stream()
			.map(f -> new Refusal(f.rule(), f.severity(), f.part(), f.anchor(), text.location(f), text.message(f),
					f.expected(), f.actual(), f.address().toString()))
			.toList();
	}

}
