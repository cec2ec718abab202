package cn.budget.workflow;

import java.util.List;

/**
 * One page of an inbox, soonest due first.
 *
 * @param tasks the page's tasks, at most {@code size}
 * @param page the page's number, from 0
 * @param size the page's size
 * @param hasNext whether a next page has tasks
 */
public record InboxPage(List<TaskView> tasks, int page, int size, boolean hasNext) {

	/**
	 * The API's page when the caller names none: more than an inbox holds in practice.
	 */
	public static final int API_SIZE = 500;

	/**
	 * The inbox page's size: as many rows as a screen and a bulk claim take in (the
	 * portal's and the dashboard's pages are of the same order); a reviewer's 28,000
	 * candidate tasks are narrowed by the filters, not scrolled.
	 */
	public static final int PAGE_SIZE = 50;

	/** No page is larger. */
	public static final int MAX_SIZE = 1000;

	public boolean hasPrevious() {
		return page > 0;
	}

}
