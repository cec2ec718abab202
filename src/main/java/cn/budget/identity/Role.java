package cn.budget.identity;

/**
 * The roles of api.md. Their names are also the Camunda candidate groups.
 */
public enum Role {

	/**
	 * Drafts the disclosure of one unit (the department's main unit drafts the whole
	 * document).
	 */
	DRAFTER,
	/** Signs off the disclosures of one department. */
	UNIT_LEADER,
	/** Finance bureau: reviews every department's disclosures. */
	REVIEWER,
	/** Finance bureau: opens rounds and tracks every department. */
	SUPERVISOR,
	/** Operates the system, including Camunda's web apps. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean isFinanceBureau() {
		return this == REVIEWER || this == SUPERVISOR;
	}

}
