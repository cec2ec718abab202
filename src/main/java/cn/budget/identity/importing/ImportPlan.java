package cn.budget.identity.importing;

import java.util.ArrayList;
import java.util.List;

import cn.budget.identity.PersonDraft;
import cn.budget.identity.UnitDraft;

/**
 * What a file would do, row by row, in the order it must be applied: departments, then
 * their units, then people. Unchanged rows are only counted; rows with problems are left
 * out.
 */
final class ImportPlan {

	/** What a row does. */
	enum Action {

		CREATE, CHANGE, DEACTIVATE

	}

	/**
	 * One change: a unit's or a person's draft, the fields that change (none for a
	 * creation).
	 */
	record Step(ImportSheet sheet, int row, Action action, String key, UnitDraft unit, PersonDraft person,
			List<String> fields) {
	}

	private final List<Step> steps = new ArrayList<>();

	private int unchanged;

	List<Step> steps() {
		return steps;
	}

	int unchanged() {
		return unchanged;
	}

	long count(Action action) {
		return steps.stream().filter(s -> s.action() == action).count();
	}

	void unit(int row, Action action, UnitDraft draft, List<String> fields) {
		steps.add(new Step(ImportSheet.UNITS, row, action, draft.code(), draft, null, fields));
	}

	void person(int row, Action action, PersonDraft draft, List<String> fields) {
		steps.add(new Step(ImportSheet.PEOPLE, row, action, draft.username(), null, draft, fields));
	}

	void countUnchanged() {
		unchanged++;
	}

	/**
	 * CREATE for something new, else DEACTIVATE when it goes from active to inactive,
	 * else CHANGE.
	 */
	static Action action(boolean exists, boolean wasActive, boolean active) {
		if (!exists) {
			return Action.CREATE;
		}
		return wasActive && !active ? Action.DEACTIVATE : Action.CHANGE;
	}

}
