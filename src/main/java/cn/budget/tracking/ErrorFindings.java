package cn.budget.tracking;

import cn.budget.disclosure.DisclosureDocument;

/**
 * Counts a disclosure's open ERROR findings for the dashboard; provided by the checks feature.
 */
public interface ErrorFindings {

	long count(DisclosureDocument document);

}
