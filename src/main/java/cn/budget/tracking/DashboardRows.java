package cn.budget.tracking;

import java.util.List;

/**
 * One page of a round's department lines as the dashboard lists them: a province round
 * has a thousand departments, and a page of all of them took seconds to render and to
 * read. Counts and charts are of the whole round; the exports hold every line.
 *
 * @param rows the lines of this page
 * @param page the page, from 0
 * @param total how many lines the filter matched
 */
record DashboardRows(List<DepartmentProgress> rows, int page, int total) {

	static final int PAGE_SIZE = 100;

	/** The page of the matching lines; a page past the end shows the last one. */
	static DashboardRows of(List<DepartmentProgress> matching, int requested) {
		int last = Math.max(0, (matching.size() - 1) / PAGE_SIZE);
		int page = Math.min(Math.max(0, requested), last);
		int from = page * PAGE_SIZE;
		return new DashboardRows(matching.subList(from, Math.min(matching.size(), from + PAGE_SIZE)), page,
				matching.size());
	}

	/** The first line's number on this page, from 1 (0 when nothing matched). */
	public int first() {
		return rows.isEmpty() ? 0 : page * PAGE_SIZE + 1;
	}

	public int last() {
		return page * PAGE_SIZE + rows.size();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return last() < total;
	}

	public boolean paged() {
		return total > PAGE_SIZE;
	}

}
