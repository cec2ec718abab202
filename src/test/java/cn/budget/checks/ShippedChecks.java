package cn.budget.checks;

import java.util.List;

import cn.budget.disclosure.DisclosureDocument;

/**
 * The standard checks with the shipped knowledge and default settings, for tests of other
 * features that want to see what a document they built is found to hold (the import's
 * seeds).
 */
public final class ShippedChecks {

	private ShippedChecks() {
	}

	/**
	 * Every finding of a document, as {@link DisclosureChecks#check} finds it before
	 * publication.
	 */
	public static List<Finding> of(DisclosureDocument document) {
		return Docs.check(document);
	}

}
