package cn.budget.checks;

/**
 * A rule's id and its defaults: how severe its findings are and whether they block
 * submission. Configuration may change both ({@link RuleSettings}).
 */
record RuleSpec(String id, Severity severity, boolean blocking) {

	/** Completeness: blocks submission unless configured otherwise. */
	static RuleSpec blocking(String id) {
		return new RuleSpec(id, Severity.ERROR, true);
	}

	/**
	 * A wrong figure or statement: the drafter must correct it or explain it on
	 * submission.
	 */
	static RuleSpec error(String id) {
		return new RuleSpec(id, Severity.ERROR, false);
	}

	static RuleSpec warning(String id) {
		return new RuleSpec(id, Severity.WARNING, false);
	}

	static RuleSpec info(String id) {
		return new RuleSpec(id, Severity.INFO, false);
	}

}
