package cn.budget.workflow;

/**
 * The user tasks of {@code disclosure-review} by their BPMN element ids.
 */
final class TaskKeys {

	static final String PROCESS = "disclosure-review";

	static final String CONTRIBUTE = "Task_ContributeSubUnit";

	static final String DRAFT = "Task_DraftDisclosure";

	static final String SIGN_OFF = "Task_LeaderSignOff";

	static final String REVIEW = "Task_FinanceReview";

	static final String PUBLISH = "Task_Publish";

	static final String FOLLOW_UP = "Task_FollowUpOverdue";

	private TaskKeys() {
	}

}
