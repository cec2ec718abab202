package cn.budget.identity;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's passwords: the first one an administrator sets, and later the person's own.
 * Every password passes the {@link PasswordPolicy} (README, "Accounts and passwords") and
 * is stored as an adaptive hash; the password itself is never audited or logged, only
 * that it was set.
 */
@Service
@Transactional
public class Accounts {

	private final AppUserRepository users;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Accounts(AppUserRepository users, PasswordEncoder passwords, PasswordPolicy policy,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sets a password chosen by an administrator; its owner must change it at first
	 * sign-in.
	 * @param actor the administrator's username
	 * @throws PasswordRejected when the password breaks the policy (field
	 * {@code password})
	 * @throws UnknownAccount when there is no such user
	 */
	public void setInitialPassword(String actor, String username, String rawPassword) {
		AppUser user = user(username);
		policy.check(username, rawPassword, "password");
		user.setPassword(passwords.encode(rawPassword), true);
		audit(actor, "PASSWORD_SET", username);
	}

	/**
	 * Sets a password its owner chose (at a change of password, through a one-time link,
	 * or the first administrator's from the environment): no change is required at
	 * sign-in.
	 * @throws PasswordRejected when the password breaks the policy (field
	 * {@code password})
	 * @throws UnknownAccount when there is no such user
	 */
	public void setChosenPassword(String actor, String username, String rawPassword) {
		chosen(actor, username, rawPassword, "password");
	}

	/**
	 * A signed-in person changes their own password: the current one must be right and
	 * the new one must differ from it and pass the policy. A wrong current password says
	 * only that.
	 * @throws PasswordRejected naming {@code currentPassword} or {@code newPassword}
	 */
	public void changeOwnPassword(String username, String currentPassword, String newPassword) {
		AppUser user = user(username);
		if (currentPassword == null || !passwords.matches(currentPassword, user.getPasswordHash())) {
			throw new PasswordRejected("currentPassword", "password.currentWrong");
		}
		if (currentPassword.equals(newPassword)) {
			throw new PasswordRejected("newPassword", "password.sameAsCurrent");
		}
		chosen(username, username, newPassword, "newPassword");
	}

	/** Whether the person must still replace a password an administrator set. */
	@Transactional(readOnly = true)
	public boolean mustChangePassword(String username) {
		return users.findByUsername(username).map(AppUser::isMustChangePassword).orElse(false);
	}

	/**
	 * The demo organisation's password {@code demo} (api.md's contract), which no policy
	 * would let through: package-private so that only the demo data of this package,
	 * never an API or page, can set it, and never under the {@code prod} profile, where
	 * no demo data is made.
	 */
	void setDemoPassword(String username, String rawPassword) {
		user(username).setPassword(passwords.encode(rawPassword), false);
	}

	void chosen(String actor, String username, String rawPassword, String field) {
		AppUser user = user(username);
		policy.check(username, rawPassword, field);
		user.setPassword(passwords.encode(rawPassword), false);
		audit(actor, "PASSWORD_CHANGED", username);
	}

	private AppUser user(String username) {
		return users.findByUsername(username).orElseThrow(() -> new UnknownAccount(username));
	}

	private void audit(String actor, String kind, String username) {
		events.publishEvent(new OrganisationChanged(clock.instant(), actor, kind, username, "password", null, null));
	}

}
