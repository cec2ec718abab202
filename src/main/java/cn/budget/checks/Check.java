package cn.budget.checks;

import java.util.List;

/**
 * A group of related rules. Checks never change the document and never fail the whole
 * run: a check that cannot read what it needs reports nothing.
 */
interface Check {

	/** The rules this check reports under, with their defaults. */
	List<RuleSpec> rules();

	void run(Inspection in);

}
