package cn.budget.workflow;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The forms the route's user tasks name with {@code camunda:formKey}: which page opens a
 * task and which decisions complete it. Declared here once, so the page offers exactly
 * what the completion accepts; {@link TaskForms} finds a task's form in the deployed
 * BPMN.
 */
enum TaskForm {

	CONTRIBUTE("app:contribute", Page.EDITOR, Decision.SUBMIT),

	DRAFT("app:draft", Page.EDITOR, Decision.SUBMIT),

	SIGN_OFF("app:sign-off", Page.REVIEW, Decision.APPROVE, Decision.RETURN),

	REVIEW("app:review", Page.REVIEW, Decision.APPROVE, Decision.RETURN),

	PUBLISH("app:publish", Page.PUBLISH, Decision.APPROVE),

	OVERDUE("app:overdue", Page.FOLLOW_UP, Decision.APPROVE, Decision.SUBMIT);

	/**
	 * Where a task is worked on: the drafting pages, or one of the task views under
	 * templates/workflow.
	 */
	enum Page {

		EDITOR(null), REVIEW("workflow/review"), PUBLISH("workflow/publish"), FOLLOW_UP("workflow/follow-up");

		final String view;

		Page(String view) {
			this.view = view;
		}

	}

	private final String formKey;

	private final Page page;

	private final Set<Decision> decisions;

	TaskForm(String formKey, Page page, Decision first, Decision... more) {
		this.formKey = formKey;
		this.page = page;
		this.decisions = EnumSet.of(first, more);
	}

	/**
	 * The form a BPMN form key names; an unknown key is a modelling error, not a user's.
	 */
	static TaskForm ofKey(String formKey) {
		return Arrays.stream(values())
			.filter(form -> form.formKey.equals(formKey))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No task form for camunda:formKey " + formKey));
	}

	Page page() {
		return page;
	}

	boolean takes(Decision decision) {
		return decision != null && decisions.contains(decision);
	}

	/** The decisions as the task pages ask for them: {@code decisions.RETURN} etc. */
	Map<String, Boolean> offered() {
		Map<String, Boolean> offered = new HashMap<>();
		for (Decision decision : Decision.values()) {
			offered.put(decision.name(), decisions.contains(decision));
		}
		return offered;
	}

}
