package cn.budget.workflow;

/**
 * What a person decides on a task: submit a draft, approve (sign off, pass review,
 * publish) or return it with reasons.
 */
public enum Decision {

	SUBMIT, APPROVE, RETURN

}
