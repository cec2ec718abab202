package cn.budget.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation: departments, their units and users, and who the caller is. The public
 * surface of the identity feature.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	private final DepartmentRepository departments;

	private final OrgUnitRepository units;

	private final AppUserRepository users;

	private final PersonRows people;

	private final Map<String, DepartmentInfo> known = new ConcurrentHashMap<>();

	Directory(DepartmentRepository departments, OrgUnitRepository units, AppUserRepository users, PersonRows people) {
		this.departments = departments;
		this.units = units;
		this.users = users;
		this.people = people;
	}

	/**
	 * The signed-in caller.
	 * @return the actor, never null
	 * @throws IllegalStateException when nobody is signed in
	 */
	// From the security context: no transaction of its own (every request asks, most
	// before theirs begins).
	@Transactional(propagation = Propagation.SUPPORTS)
	public Actor currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return user.actor();
		}
		throw new IllegalStateException("No signed-in user");
	}

	public Optional<Actor> actorOf(String username) {
		return users.findByUsername(username).map(AppUser::toActor);
	}

	/**
	 * A department by code. Departments are reference data that change rarely (a rename
	 * through {@link Organisation}, which makes this node forget it), so each is read
	 * once per node: lists name a department on every line. An unknown code is not
	 * remembered.
	 */
	public Optional<DepartmentInfo> department(String code) {
		DepartmentInfo info = known.get(code);
		if (info == null) {
			info = departments.findByCode(code).map(d -> new DepartmentInfo(d.getCode(), d.getName())).orElse(null);
			if (info != null) {
				known.put(code, info);
			}
		}
		return Optional.ofNullable(info);
	}

	/** Forgets a department read before, after it was changed ({@link Organisation}). */
	void forget(String code) {
		known.remove(code);
	}

	public String departmentName(String code) {
		return department(code).map(DepartmentInfo::name).orElse(code);
	}

	/**
	 * All active budget departments (not the finance bureau), by code: those offered for
	 * new rounds.
	 */
	public List<DepartmentInfo> budgetDepartments() {
		return departments.findByFinanceBureauFalseAndActiveTrueOrderByCode()
			.stream()
			.map(d -> new DepartmentInfo(d.getCode(), d.getName()))
			.toList();
	}

	/**
	 * The department filter of a list: what the typed text (a code, a name or a unique
	 * part of a name) names, and the departments to offer when the caller may choose
	 * among all. The departments are read once for both, and not at all for someone who
	 * sees only their own and typed nothing.
	 */
	public DepartmentFilter departmentFilter(String text, boolean offerAll) {
		boolean blank = text == null || text.isBlank();
		List<DepartmentInfo> all = blank && !offerAll ? List.of() : budgetDepartments();
		return DepartmentFilter.of(text, all, offerAll);
	}

	/** The department's active units: a deactivated one takes no part in new rounds. */
	public List<UnitInfo> unitsOf(String departmentCode) {
		return units.findByDepartmentCodeAndActiveTrueOrderByCode(departmentCode)
			.stream()
			.map(Directory::info)
			.toList();
	}

	/** The codes of the departments that have at least one active unit, in one read. */
	public java.util.Set<String> departmentsWithActiveUnits() {
		return java.util.Set.copyOf(units.departmentCodesWithActiveUnits());
	}

	public Optional<UnitInfo> unit(String code) {
		return units.findByCode(code).map(Directory::info);
	}

	/**
	 * Enabled users with the given role whose scope covers the department (for task
	 * routing and mail).
	 */
	public List<UserInfo> usersFor(Role role, String departmentCode) {
		// Outside the finance bureau only the department's own users qualify: read just
		// those (a province has thousands of drafters, and every new task asks).
		boolean local = departmentCode != null && role != Role.ADMIN && !role.isFinanceBureau();
		return people.enabled(role, local ? departmentCode : null)
			.stream()
			.filter(u -> departmentCode == null || u.actor().canSeeDepartment(departmentCode))
			.toList();
	}

	public Optional<UserInfo> user(String username) {
		return users.findByUsername(username)
			.map(u -> new UserInfo(u.getUsername(), u.getDisplayName(), u.getEmail(), u.toActor()));
	}

	private static UnitInfo info(OrgUnit unit) {
		return new UnitInfo(unit.getCode(), unit.getName(), unit.getDepartment().getCode(), unit.isMainUnit());
	}

}
