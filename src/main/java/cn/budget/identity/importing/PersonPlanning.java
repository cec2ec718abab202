package cn.budget.identity.importing;

import static cn.budget.identity.importing.UnitPlanning.compare;
import static cn.budget.identity.importing.UnitPlanning.keep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.budget.identity.PersonDraft;
import cn.budget.identity.PersonRecord;
import cn.budget.identity.Role;
import cn.budget.identity.UnitRecord;
import cn.budget.identity.importing.ImportRows.PersonRow;
import cn.budget.identity.importing.ImportRows.UnitRow;
import cn.budget.shared.MessageCode;

/**
 * Plans the people's rows against the organisation as it is and the units the file
 * brings. Refuses, with the row, what the organisation service would: a user name twice,
 * an unknown unit (or one whose own row has errors), a finance bureau role outside the
 * finance bureau or a department's role inside it.
 */
final class PersonPlanning {

	private final Map<String, PersonRecord> current;

	private final Map<String, UnitRecord> units;

	private final Map<String, UnitRow> planned;

	private final Optional<String> financeBureau;

	private final Set<String> unitCodesInFile;

	private final List<Problem> problems;

	PersonPlanning(Map<String, PersonRecord> current, Map<String, UnitRecord> units, Map<String, UnitRow> planned,
			Optional<String> financeBureau, Set<String> unitCodesInFile, List<Problem> problems) {
		this.current = current;
		this.units = units;
		this.planned = planned;
		this.financeBureau = financeBureau;
		this.unitCodesInFile = unitCodesInFile;
		this.problems = problems;
	}

	void plan(List<PersonRow> rows, ImportPlan plan) {
		Map<String, Integer> first = new HashMap<>();
		for (PersonRow row : rows) {
			Integer earlier = first.putIfAbsent(row.username(), row.row());
			if (earlier != null) {
				problem(row, "orgImport.duplicateUsername", row.username(), earlier);
				continue;
			}
			departmentOf(row).filter(department -> fitsRole(row, department)).ifPresent(d -> step(row, plan));
		}
	}

	/** The department of the row's unit (a department is its own), or a problem. */
	private Optional<String> departmentOf(PersonRow row) {
		String code = row.unitCode();
		UnitRow inFile = planned.get(code);
		if (inFile != null) {
			return Optional.of(inFile.isDepartment() ? code : inFile.parentCode());
		}
		UnitRecord known = units.get(code);
		if (known != null) {
			return Optional.of(known.department() ? code : known.parentCode());
		}
		problem(row, unitCodesInFile.contains(code) ? "orgImport.unitInvalid" : "orgImport.unknownUnit", code);
		return Optional.empty();
	}

	private boolean fitsRole(PersonRow row, String department) {
		boolean financeRole = row.role().isFinanceBureau() || row.role() == Role.ADMIN;
		boolean inFinanceBureau = financeBureau.filter(department::equals).isPresent();
		if (financeRole != inFinanceBureau) {
			problem(row, financeRole ? "orgImport.financeRoleOnly" : "orgImport.departmentRoleOnly",
					new MessageCode("role." + row.role().name()), row.unitCode());
			return false;
		}
		return true;
	}

	private void step(PersonRow row, ImportPlan plan) {
		PersonRecord existing = current.get(row.username());
		boolean active = row.status().or(existing == null || existing.active());
		PersonDraft draft = new PersonDraft(row.username(), row.displayName(), row.role(), row.unitCode(),
				keep(row.email(), existing == null ? null : existing.email()),
				keep(row.phone(), existing == null ? null : existing.phone()), active);
		if (existing == null) {
			plan.person(row.row(), ImportPlan.Action.CREATE, draft, List.of());
			return;
		}
		List<String> fields = new ArrayList<>();
		compare(fields, "displayName", existing.displayName(), draft.displayName());
		compare(fields, "role", existing.role(), draft.role());
		if (!sameUnit(existing, draft)) {
			fields.add("unitCode");
		}
		compare(fields, "email", existing.email(), draft.email());
		compare(fields, "phone", existing.phone(), draft.phone());
		compare(fields, "active", existing.active(), draft.active());
		if (fields.isEmpty()) {
			plan.countUnchanged();
		}
		else {
			plan.person(row.row(), ImportPlan.action(true, existing.active(), active), draft, fields);
		}
	}

	// A drafter given a department sits in its main unit (本级): the same place, not a
	// move.
	private boolean sameUnit(PersonRecord existing, PersonDraft draft) {
		if (draft.unitCode().equals(existing.unitCode())) {
			return true;
		}
		UnitRecord unit = units.get(existing.unitCode());
		return draft.role() == Role.DRAFTER && unit != null && unit.mainUnit()
				&& draft.unitCode().equals(unit.parentCode());
	}

	private void problem(PersonRow row, String key, Object... args) {
		problems.add(new Problem(ImportSheet.PEOPLE, row.row(), key, args));
	}

}
