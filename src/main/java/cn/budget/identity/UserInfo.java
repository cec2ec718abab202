package cn.budget.identity;

/**
 * A user as other features see it, e.g. to notify them.
 *
 * @param username the login name
 * @param displayName the display name
 * @param email the e-mail address, may be null
 * @param actor the user's role and scope
 */
public record UserInfo(String username, String displayName, String email, Actor actor) {
}
