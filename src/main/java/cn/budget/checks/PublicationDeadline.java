package cn.budget.checks;

import cn.budget.content.ContentAddress;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A department publishes within 20 days after the finance bureau approves its budget
 * (《地方预决算 公开操作规程》); the workflow works out the last day (configurable, and a correction
 * run has its own). Checked only when the deadline is known: late when published after
 * it, or still unpublished once it has passed.
 */
final class PublicationDeadline implements Check {

	static final RuleSpec DEADLINE = RuleSpec.error("deadline.publication");

	@Override
	public List<RuleSpec> rules() {
		return List.of(DEADLINE);
	}

	@Override
	public void run(Inspection in) {
		CheckContext context = in.context();
		if (context.deadline() == null || context.approvalDate() == null) {
			return;
		}
		LocalDate deadline = context.deadline();
		LocalDate published = context.publishedOn();
		ContentAddress at = ContentAddress
			.part(in.document().parts().isEmpty() ? "" : in.document().parts().get(0).key());
		if (published != null && published.isAfter(deadline)) {
			in.reportVariant(DEADLINE, "late", at, deadline.toString(), published.toString(),
					context.approvalDate().toString(), deadline.toString(), published.toString(),
					ChronoUnit.DAYS.between(deadline, published));
		}
		else if (published == null && context.today() != null && context.today().isAfter(deadline)) {
			in.reportVariant(DEADLINE, "overdue", at, deadline.toString(), null, context.approvalDate().toString(),
					deadline.toString(), ChronoUnit.DAYS.between(deadline, context.today()));
		}
	}

}
