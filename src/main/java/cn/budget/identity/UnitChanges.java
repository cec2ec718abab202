package cn.budget.identity;

import org.springframework.stereotype.Component;

/**
 * Creates and changes departments and units for {@link Organisation}. A department's main
 * unit (本级) is its unit whose code is the department's code + {@code 001} or whose name
 * ends with 本级, the first such one; when a drafter is placed on a department without one,
 * it is created then ({@link #mainUnitOf}).
 */
@Component
class UnitChanges {

	static final String MAIN_UNIT_SUFFIX = "本级";

	private final DepartmentRepository departments;

	private final OrgUnitRepository units;

	private final AppUserRepository users;

	private final ChangeLog log;

	UnitChanges(DepartmentRepository departments, OrgUnitRepository units, AppUserRepository users, ChangeLog log) {
		this.departments = departments;
		this.units = units;
		this.users = users;
		this.log = log;
	}

	UnitRecord create(String actor, UnitDraft d, boolean financeBureau) {
		String code = DraftChecks.code("code", d.code());
		String name = DraftChecks.name("name", d.name(), 200);
		UnitNature nature = DraftChecks.nature(d.nature());
		FundingForm form = DraftChecks.fundingForm(d.fundingForm());
		if (departments.findByCode(code).isPresent() || units.findByCode(code).isPresent()) {
			throw OrganisationException.conflict("code", "organisation.code.taken", code);
		}
		UnitRecord created;
		if (DraftChecks.blankToNull(d.parentCode()) == null) {
			Department department = departments.save(new Department(code, name, financeBureau));
			department.change(name, nature, form, d.active());
			created = Records.of(department);
		}
		else {
			Department parent = parent(d.parentCode());
			OrgUnit unit = units.save(new OrgUnit(code, name, parent, isMain(parent, code, name)));
			unit.change(name, parent, nature, form, d.active());
			created = Records.of(unit);
		}
		log.unit(actor, null, created);
		return created;
	}

	UnitRecord update(String actor, String code, UnitDraft d) {
		DraftChecks.sameSubject("code", code, d.code());
		String name = DraftChecks.name("name", d.name(), 200);
		UnitNature nature = DraftChecks.nature(d.nature());
		FundingForm form = DraftChecks.fundingForm(d.fundingForm());
		String parentCode = DraftChecks.blankToNull(d.parentCode());
		Department department = departments.findByCode(code).orElse(null);
		if (department != null) {
			return updateDepartment(actor, department, parentCode,
					new UnitDraft(code, name, null, null, null, d.active()), nature, form);
		}
		OrgUnit unit = units.findByCode(code)
			.orElseThrow(() -> OrganisationException.notFound("code", "organisation.unit.unknown", code));
		if (parentCode == null) {
			throw OrganisationException.conflict("parentCode", "organisation.unit.staysUnit", code);
		}
		UnitRecord before = Records.of(unit);
		Department parent = parent(parentCode);
		if (unit.isMainUnit() && !parent.getCode().equals(unit.getDepartment().getCode())) {
			throw OrganisationException.conflict("parentCode", "organisation.unit.mainStays", code);
		}
		unit.change(name, parent, nature, form, d.active());
		// The unit's drafters move with it: their department is their unit's.
		users.findByUnit(unit)
			.forEach(u -> u.change(u.getDisplayName(), u.getEmail(), u.getPhone(), u.getRole(), parent, unit,
					u.isEnabled()));
		UnitRecord after = Records.of(unit);
		log.unit(actor, before, after);
		return after;
	}

	/**
	 * The department's main unit, created (code + 001, name + 本级) when it has none: a
	 * drafter must sit in a unit, and the main unit's drafter is the one who drafts the
	 * whole disclosure.
	 */
	OrgUnit mainUnitOf(String actor, Department department) {
		return units.findFirstByDepartmentAndMainUnitTrue(department).orElseGet(() -> {
			UnitRecord main = create(actor, new UnitDraft(department.getCode() + "001",
					department.getName() + MAIN_UNIT_SUFFIX, department.getCode(), null, null, true), false);
			return units.findByCode(main.code()).orElseThrow();
		});
	}

	private UnitRecord updateDepartment(String actor, Department department, String parentCode, UnitDraft d,
			UnitNature nature, FundingForm form) {
		if (parentCode != null) {
			// Its disclosures and history name it as a department, so it stays one.
			throw OrganisationException.conflict("parentCode", "organisation.department.staysDepartment",
					department.getCode());
		}
		if (department.isFinanceBureau() && !d.active()) {
			throw OrganisationException.conflict("active", "organisation.financeBureau.staysActive");
		}
		UnitRecord before = Records.of(department);
		department.change(d.name(), nature, form, d.active());
		UnitRecord after = Records.of(department);
		log.unit(actor, before, after);
		return after;
	}

	private Department parent(String parentCode) {
		String code = DraftChecks.code("parentCode", parentCode);
		return departments.findByCode(code)
			.orElseThrow(() -> units.findByCode(code).isPresent()
					? OrganisationException.invalid("parentCode", "organisation.parent.notDepartment", code)
					: OrganisationException.invalid("parentCode", "organisation.parent.unknown", code));
	}

	private boolean isMain(Department parent, String code, String name) {
		boolean named = code.equals(parent.getCode() + "001") || name.endsWith(MAIN_UNIT_SUFFIX);
		return named && units.findFirstByDepartmentAndMainUnitTrue(parent).isEmpty();
	}

}
