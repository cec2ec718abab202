package cn.budget.identity;

/**
 * A person as stored; never carries a password.
 *
 * @param username the login name
 * @param displayName the display name
 * @param role the role
 * @param unitCode their unit's code, or their department's when they have no unit
 * @param email may be null
 * @param phone may be null
 * @param active false once deactivated
 * @param mustChangePassword whether their password was set by an administrator and not
 * yet changed
 */
public record PersonRecord(String username, String displayName, Role role, String unitCode, String email, String phone,
		boolean active, boolean mustChangePassword) {
}
