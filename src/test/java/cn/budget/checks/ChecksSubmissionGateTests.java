package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;

import cn.budget.disclosure.DisclosureDocument;
import cn.budget.template.TemplateCatalog;
import cn.budget.checks.SubmissionBlockedException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The workflow's submission gate: blocking findings refuse a submission, errors need the
 * drafter's explanation, and the refusal lists the findings.
 */
class ChecksSubmissionGateTests {

	private final ChecksSubmissionGate gate;

	private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

	ChecksSubmissionGateTests() {
		TemplateCatalog templates = mock(TemplateCatalog.class);
		when(templates.current("BUDGET")).thenReturn(Docs.template("BUDGET"));
		FindingText text = mock(FindingText.class);
		when(text.message(any())).thenAnswer(call -> call.<Finding>getArgument(0).messageKey());
		when(text.location(any())).thenAnswer(call -> call.<Finding>getArgument(0).part());
		DisclosureChecks checks = new DisclosureChecks(templates, new ChecksProperties(null, null),
				new DefaultResourceLoader(), Clock.systemDefaultZone(), new ChecksMetrics(metrics));
		this.gate = new ChecksSubmissionGate(checks, text, new ChecksMetrics(metrics));
	}

	@Test
	void anIncompleteDraftIsRefusedWithItsBlockingFindings() {
		DisclosureDocument empty = Docs.budget(2020).build();
		SubmissionBlockedException refusal = catchThrowableOfType(() -> gate.assertSubmittable(empty.view(), "说明"),
				SubmissionBlockedException.class);
		assertThat(refusal.getMessageKey()).isEqualTo("checks.submission.blocked");
		assertThat((List<?>) refusal.getProperties().get("findings")).hasSize(9)
			.allSatisfy(
					f -> assertThat(((ChecksSubmissionGate.Refusal) f).rule()).isEqualTo("completeness.required-part"));
		assertThat(metrics.get(ChecksMetrics.REFUSED).tag("reason", "blocked").counter().count()).isEqualTo(1);
		assertThat(metrics.get(ChecksMetrics.RUNS).timer().count()).isEqualTo(1);
	}

	@Test
	void errorsNeedTheDraftersExplanation() {
		DisclosureDocument seed = Seed002Figures.document();
		SubmissionBlockedException refusal = catchThrowableOfType(() -> gate.assertSubmittable(seed.view(), " "),
				SubmissionBlockedException.class);
		assertThat(refusal.getMessageKey()).isEqualTo("checks.submission.explain");
		assertThat(refusal.getArgs()).containsExactly(3);
		assertThat(refusal.getProperties().get("findings").toString())
			.contains("overview：checks.rule.change.components");
		assertThatNoException().isThrownBy(() -> gate.assertSubmittable(seed.view(), "项目经费的增减方向已与财政局核实。"));
		assertThat(metrics.get(ChecksMetrics.REFUSED).tag("reason", "unexplained").counter().count()).isEqualTo(1);
	}

}
