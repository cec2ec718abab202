package cn.budget.checks;

import cn.budget.content.DisclosureContent;

/**
 * Decides whether a draft may be submitted: blocking findings of the automated checks
 * refuse it, and errors need the drafter's explanation.
 */
public interface SubmissionGate {

	/**
	 * @param document the draft about to be submitted
	 * @param explanation the drafter's submission comment, may be blank
	 * @throws SubmissionBlockedException when the draft may not be submitted
	 */
	void assertSubmittable(DisclosureContent document, String explanation);

}
