package cn.budget.disclosure;

/**
 * Why a disclosure's content was frozen: a submission to review, or a publication.
 */
public enum VersionKind {

	SUBMISSION, PUBLICATION

}
