package cn.budget.identity;

/**
 * A person as someone wants them to be; {@link Organisation} checks it.
 *
 * @param username the login name
 * @param displayName the name shown everywhere, at most 100 characters
 * @param role the single role
 * @param unitCode a department (leaders, finance bureau staff) or unit code; a drafter
 * given a department goes to its main unit (本级)
 * @param email may be null
 * @param phone may be null
 * @param active false to deactivate: no sign-in, no tasks, no mail; history keeps the
 * name
 */
public record PersonDraft(String username, String displayName, Role role, String unitCode, String email, String phone,
		boolean active) {
}
