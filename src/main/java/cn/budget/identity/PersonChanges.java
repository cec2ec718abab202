package cn.budget.identity;

import org.springframework.stereotype.Component;

/**
 * Creates and changes people for {@link Organisation}, placing each where their role
 * belongs: finance bureau roles (REVIEWER, SUPERVISOR, ADMIN) in the finance bureau,
 * DRAFTER and UNIT_LEADER in a budget department; a drafter always in a unit (given a
 * department, its main unit).
 */
@Component
class PersonChanges {

	private final AppUserRepository users;

	private final DepartmentRepository departments;

	private final OrgUnitRepository units;

	private final UnitChanges unitChanges;

	private final ChangeLog log;

	PersonChanges(AppUserRepository users, DepartmentRepository departments, OrgUnitRepository units,
			UnitChanges unitChanges, ChangeLog log) {
		this.users = users;
		this.departments = departments;
		this.units = units;
		this.unitChanges = unitChanges;
		this.log = log;
	}

	PersonRecord create(String actor, PersonDraft d) {
		String username = DraftChecks.username(d.username());
		if (users.findByUsername(username).isPresent()) {
			throw OrganisationException.conflict("username", "organisation.username.taken", username);
		}
		Checked checked = check(actor, d);
		AppUser user = users.save(new AppUser(username, null, checked.displayName(), checked.email(), d.role(),
				checked.department(), checked.unit()));
		apply(user, d, checked);
		PersonRecord created = Records.of(user);
		log.person(actor, null, created);
		return created;
	}

	PersonRecord update(String actor, String username, PersonDraft d) {
		DraftChecks.sameSubject("username", username, d.username());
		AppUser user = users.findByUsername(username)
			.orElseThrow(() -> OrganisationException.notFound("username", "organisation.person.unknown", username));
		Checked checked = check(actor, d);
		PersonRecord before = Records.of(user);
		apply(user, d, checked);
		PersonRecord after = Records.of(user);
		log.person(actor, before, after);
		return after;
	}

	private record Checked(String displayName, String email, String phone, Department department, OrgUnit unit) {
	}

	private Checked check(String actor, PersonDraft d) {
		String displayName = DraftChecks.name("displayName", d.displayName(), 100);
		if (d.role() == null) {
			throw OrganisationException.invalid("role", "organisation.role.required");
		}
		String email = DraftChecks.email(d.email());
		String phone = DraftChecks.phone(d.phone());
		String code = DraftChecks.code("unitCode", d.unitCode());
		Department department = departments.findByCode(code).orElse(null);
		OrgUnit unit = null;
		if (department == null) {
			unit = units.findByCode(code)
				.orElseThrow(() -> OrganisationException.invalid("unitCode", "organisation.unit.unknown", code));
			department = unit.getDepartment();
		}
		checkRole(d.role(), department);
		if (d.role() == Role.DRAFTER && unit == null) {
			unit = unitChanges.mainUnitOf(actor, department);
		}
		return new Checked(displayName, email, phone, department, unit);
	}

	private static void checkRole(Role role, Department department) {
		boolean financeRole = role.isFinanceBureau() || role == Role.ADMIN;
		if (financeRole && !department.isFinanceBureau()) {
			throw OrganisationException.invalid("unitCode", "organisation.role.financeBureauOnly", role.name());
		}
		if (!financeRole && department.isFinanceBureau()) {
			throw OrganisationException.invalid("unitCode", "organisation.role.budgetDepartmentOnly", role.name());
		}
	}

	private static void apply(AppUser user, PersonDraft d, Checked c) {
		user.change(c.displayName(), c.email(), c.phone(), d.role(), c.department(), c.unit(), d.active());
	}

}
