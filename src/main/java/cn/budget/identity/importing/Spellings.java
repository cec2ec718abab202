package cn.budget.identity.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.budget.identity.OrganisationException;
import cn.budget.identity.Role;
import cn.budget.identity.RoleNames;

/**
 * The ways a spreadsheet writes a role or whether a unit or person is active: the admin
 * pages' names, English spellings, and the words for yes and no in both languages.
 */
final class Spellings {

	private static final Set<String> ACTIVE = Set.of("启用", "正常", "有效", "在用", "是", "active", "enabled", "yes", "true",
			"1");

	private static final Set<String> INACTIVE = Set.of("停用", "禁用", "无效", "注销", "否", "inactive", "disabled", "no",
			"false", "0");

	/**
	 * The UI's English labels and spellings of the role names; the names and Chinese
	 * names are RoleNames'.
	 */
	private static final Map<String, Role> ENGLISH_ROLE_NAMES = Map.of("departmentleader", Role.UNIT_LEADER, "leader",
			Role.UNIT_LEADER, "financereviewer", Role.REVIEWER, "financesupervisor", Role.SUPERVISOR, "administrator",
			Role.ADMIN);

	private Spellings() {
	}

	/**
	 * A role as the admin pages read it (RoleNames), or else by a spelling of its English
	 * name.
	 */
	static Optional<Role> role(String text) {
		try {
			return Optional.ofNullable(RoleNames.parse(text));
		}
		catch (OrganisationException ex) {
			String name = Column.normalise(text);
			return Arrays.stream(Role.values())
				.filter(r -> Column.normalise(r.name()).equals(name))
				.findFirst()
				.or(() -> Optional.ofNullable(ENGLISH_ROLE_NAMES.get(name)));
		}
	}

	/** Active or inactive, or empty for a word that says neither. */
	static Optional<ImportRows.Status> status(String text) {
		String status = text.toLowerCase(Locale.ROOT);
		if (ACTIVE.contains(status)) {
			return Optional.of(ImportRows.Status.ACTIVE);
		}
		if (INACTIVE.contains(status)) {
			return Optional.of(ImportRows.Status.INACTIVE);
		}
		return Optional.empty();
	}

}
