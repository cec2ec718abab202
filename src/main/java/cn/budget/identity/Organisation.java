package cn.budget.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one write path for the organisation: departments, their units and people, from the
 * admin pages, the JSON API, the bulk import, the demo organisation and the first
 * administrator alike. Nothing is ever deleted, only deactivated; every change is
 * published as one {@link OrganisationChanged} per field (old → new), which the audit
 * records. Refusals are {@link OrganisationException}s. Who may call it is the caller's
 * business (the actor is only named).
 */
@Service
@Transactional
public class Organisation {

	private final DepartmentRepository departments;

	private final OrgUnitRepository orgUnits;

	private final AppUserRepository users;

	private final UnitChanges unitChanges;

	private final PersonChanges personChanges;

	private final Directory directory;

	Organisation(DepartmentRepository departments, OrgUnitRepository orgUnits, AppUserRepository users,
			UnitChanges unitChanges, PersonChanges personChanges, Directory directory) {
		this.departments = departments;
		this.orgUnits = orgUnits;
		this.users = users;
		this.unitChanges = unitChanges;
		this.personChanges = personChanges;
		this.directory = directory;
	}

	/**
	 * Every department and unit, active or not, each department followed by its units, by
	 * code.
	 */
	@Transactional(readOnly = true)
	public List<UnitRecord> units() {
		return Stream
			.concat(departments.findAllByOrderByCode().stream().map(Records::of),
					orgUnits.findAllByOrderByCode().stream().map(Records::of))
			.sorted(Comparator.comparing((UnitRecord u) -> u.department() ? u.code() : u.parentCode())
				.thenComparing(u -> !u.department())
				.thenComparing(UnitRecord::code))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<UnitRecord> unit(String code) {
		return departments.findByCode(code).map(Records::of).or(() -> orgUnits.findByCode(code).map(Records::of));
	}

	/** Creates a department (no parent code) or a unit of a department. */
	public UnitRecord createUnit(String actor, UnitDraft d) {
		return unitChanges.create(actor, d, false);
	}

	/**
	 * Renames, moves (a unit to another department), describes, deactivates or
	 * reactivates; the code never changes, and a department never becomes a unit nor a
	 * unit a department.
	 */
	public UnitRecord updateUnit(String actor, String code, UnitDraft d) {
		UnitRecord changed = unitChanges.update(actor, code, d);
		directory.forget(code);
		return changed;
	}

	@Transactional(readOnly = true)
	public List<PersonRecord> people() {
		return users.findAllByOrderByUsername().stream().map(Records::of).toList();
	}

	@Transactional(readOnly = true)
	public Optional<PersonRecord> person(String username) {
		return users.findByUsername(username).map(Records::of);
	}

	/** Creates a person without a password: set one through {@link Accounts}. */
	public PersonRecord createPerson(String actor, PersonDraft d) {
		return personChanges.create(actor, d);
	}

	/**
	 * Changes a person's name, role, unit, contact or active state; the username never
	 * changes.
	 */
	public PersonRecord updatePerson(String actor, String username, PersonDraft d) {
		return personChanges.update(actor, username, d);
	}

	/**
	 * The finance bureau, created once (the demo organisation, the first administrator's
	 * start).
	 */
	UnitRecord createFinanceBureau(String actor, UnitDraft d) {
		return unitChanges.create(actor, d, true);
	}

	/** The finance bureau's code, if it exists yet. */
	@Transactional(readOnly = true)
	public Optional<String> financeBureauCode() {
		return departments.findFirstByFinanceBureauTrue().map(Department::getCode);
	}

}
