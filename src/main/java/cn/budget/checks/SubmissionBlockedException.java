package cn.budget.checks;

import java.util.List;

import cn.budget.shared.DomainException;

/**
 * A submission refused because of findings that block it or need an explanation (409).
 */
public class SubmissionBlockedException extends DomainException {

	public SubmissionBlockedException(String messageKey, List<?> findings, Object... args) {
		super(Kind.CONFLICT, messageKey, "Submission blocked: " + findings.size() + " finding(s)", args);
		property("findings", findings);
	}

}
