package cn.budget.identity;

import java.util.Map;

/**
 * A role as people write it: its name (any case) or its Chinese name, as on the pages and
 * in a finance bureau's spreadsheet (the bulk import reads 角色 with it).
 */
public final class RoleNames {

	private static final Map<String, Role> CHINESE = Map.ofEntries(Map.entry("填报员", Role.DRAFTER),
			Map.entry("填报人", Role.DRAFTER), Map.entry("部门领导", Role.UNIT_LEADER), Map.entry("分管领导", Role.UNIT_LEADER),
			Map.entry("单位领导", Role.UNIT_LEADER), Map.entry("财政审核员", Role.REVIEWER), Map.entry("审核员", Role.REVIEWER),
			Map.entry("财政监督员", Role.SUPERVISOR), Map.entry("监督员", Role.SUPERVISOR), Map.entry("系统管理员", Role.ADMIN),
			Map.entry("管理员", Role.ADMIN));

	private RoleNames() {
	}

	/**
	 * The role, or null for blank text.
	 * @throws OrganisationException (bad data, field {@code role}) for unknown text
	 */
	public static Role parse(String text) {
		String t = DraftChecks.blankToNull(text);
		if (t == null) {
			return null;
		}
		for (Role role : Role.values()) {
			if (role.name().equalsIgnoreCase(t)) {
				return role;
			}
		}
		Role role = CHINESE.get(t);
		if (role == null) {
			throw OrganisationException.invalid("role", "organisation.role.unknown", t);
		}
		return role;
	}

}
