package cn.budget.workflow;

import cn.budget.disclosure.DisclosureDocument;

/**
 * Decides whether a draft may be submitted, e.g. by the automated checks: blocking findings
 * refuse it, and errors need the drafter's explanation.
 */
public interface SubmissionGate {

	/**
	 * @param document the draft about to be submitted
	 * @param explanation the drafter's submission comment, may be blank
	 * @throws SubmissionBlockedException when the draft may not be submitted
	 */
	void assertSubmittable(DisclosureDocument document, String explanation);

}
