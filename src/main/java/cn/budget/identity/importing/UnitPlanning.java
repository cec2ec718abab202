package cn.budget.identity.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.budget.identity.UnitDraft;
import cn.budget.identity.UnitRecord;
import cn.budget.identity.importing.ImportRows.UnitRow;

/**
 * Plans the unit rows against the organisation as it is: departments (no 上级编码) first,
 * then units, whose parent must be a department of the file or of the organisation (a
 * parent may stand further down the file). Refuses, with the row, what the organisation
 * service would: a code twice, an unknown parent or one that is not a department, a
 * department made a unit or the reverse, a main unit (本级) moved to another department,
 * the finance bureau deactivated.
 */
final class UnitPlanning {

	private final Map<String, UnitRecord> current;

	private final Optional<String> financeBureau;

	private final Set<String> invalidCodes;

	private final List<Problem> problems;

	/** The units the file leaves valid, by code: the people's rows may name them. */
	private final Map<String, UnitRow> planned = new HashMap<>();

	private final Set<String> unitCodes = new HashSet<>();

	UnitPlanning(Map<String, UnitRecord> current, Optional<String> financeBureau, Set<String> invalidCodes,
			List<Problem> problems) {
		this.current = current;
		this.financeBureau = financeBureau;
		this.invalidCodes = invalidCodes;
		this.problems = problems;
	}

	Map<String, UnitRow> plan(List<UnitRow> rows, ImportPlan plan) {
		List<UnitRow> unique = withoutRepeats(rows);
		unique.stream().filter(u -> !u.isDepartment()).forEach(u -> unitCodes.add(u.code()));
		List<UnitRow> departments = new ArrayList<>();
		unique.stream().filter(UnitRow::isDepartment).filter(this::fitsAsDepartment).forEach(departments::add);
		departments.forEach(d -> planned.put(d.code(), d));
		List<UnitRow> units = unique.stream().filter(u -> !u.isDepartment()).filter(this::fitsAsUnit).toList();
		units.forEach(u -> planned.put(u.code(), u));
		departments.forEach(d -> step(d, plan));
		units.forEach(u -> step(u, plan));
		return planned;
	}

	private List<UnitRow> withoutRepeats(List<UnitRow> rows) {
		Map<String, Integer> first = new HashMap<>();
		List<UnitRow> unique = new ArrayList<>();
		for (UnitRow row : rows) {
			Integer earlier = first.putIfAbsent(row.code(), row.row());
			if (earlier == null) {
				unique.add(row);
			}
			else {
				problem(row, "orgImport.duplicateCode", row.code(), earlier);
			}
		}
		return unique;
	}

	private boolean fitsAsDepartment(UnitRow row) {
		UnitRecord existing = current.get(row.code());
		if (existing != null && !existing.department()) {
			return problem(row, "orgImport.staysUnit", row.code());
		}
		if (existing != null && financeBureau.filter(row.code()::equals).isPresent()
				&& row.status() == ImportRows.Status.INACTIVE) {
			return problem(row, "orgImport.financeBureauActive", row.code());
		}
		return true;
	}

	private boolean fitsAsUnit(UnitRow row) {
		UnitRecord existing = current.get(row.code());
		String parent = row.parentCode();
		if (existing != null && existing.department()) {
			return problem(row, "orgImport.staysDepartment", row.code());
		}
		if (existing != null && existing.mainUnit() && !parent.equals(existing.parentCode())) {
			return problem(row, "orgImport.mainUnitStays", row.code());
		}
		if (planned.containsKey(parent)) {
			return true;
		}
		UnitRecord known = current.get(parent);
		if (known != null && known.department()) {
			return true;
		}
		if (known != null || unitCodes.contains(parent)) {
			return problem(row, "orgImport.parentNotDepartment", parent);
		}
		return problem(row, invalidCodes.contains(parent) ? "orgImport.parentInvalid" : "orgImport.unknownParent",
				parent);
	}

	private void step(UnitRow row, ImportPlan plan) {
		UnitRecord existing = current.get(row.code());
		boolean active = row.status().or(existing == null || existing.active());
		UnitDraft draft = new UnitDraft(row.code(), row.name(), row.parentCode(),
				keep(row.nature(), existing == null ? null : existing.nature()),
				keep(row.fundingForm(), existing == null ? null : existing.fundingForm()), active);
		if (existing == null) {
			plan.unit(row.row(), ImportPlan.Action.CREATE, draft, List.of());
			return;
		}
		List<String> fields = new ArrayList<>();
		compare(fields, "name", existing.name(), draft.name());
		compare(fields, "parentCode", existing.parentCode(), draft.parentCode());
		compare(fields, "nature", existing.nature(), draft.nature());
		compare(fields, "fundingForm", existing.fundingForm(), draft.fundingForm());
		compare(fields, "active", existing.active(), draft.active());
		if (fields.isEmpty()) {
			plan.countUnchanged();
		}
		else {
			plan.unit(row.row(), ImportPlan.action(true, existing.active(), active), draft, fields);
		}
	}

	static String keep(String given, String current) {
		return given != null ? given : current;
	}

	static void compare(List<String> fields, String field, Object was, Object is) {
		if (!Objects.equals(was, is)) {
			fields.add(field);
		}
	}

	private boolean problem(UnitRow row, String key, Object... args) {
		problems.add(new Problem(ImportSheet.UNITS, row.row(), key, args));
		return false;
	}

}
