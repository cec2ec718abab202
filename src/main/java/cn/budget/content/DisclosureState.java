package cn.budget.content;

/**
 * Where a disclosure is on its route. Drafters edit in {@link #DRAFT} and
 * {@link #RETURNED} only.
 */
public enum DisclosureState {

	DRAFT, WITH_LEADER, IN_REVIEW, RETURNED, APPROVED, PUBLISHED;

	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

}
