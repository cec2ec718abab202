package cn.budget.identity;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's passwords: the first one an administrator sets, and later the person's own.
 */
@Service
@Transactional
public class Accounts {

	private final AppUserRepository users;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Accounts(AppUserRepository users, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sets a password chosen by an administrator; its owner must change it at first sign-in. The
	 * password itself is never audited, only that it was set.
	 * @param actor the administrator's username
	 */
	public void setInitialPassword(String actor, String username, String rawPassword) {
		AppUser user = users.findByUsername(username).orElseThrow(() -> new IllegalArgumentException(username));
		user.setPassword(passwords.encode(rawPassword), true);
		events.publishEvent(new OrganisationChanged(clock.instant(), actor, "PASSWORD_SET", username, "password",
				null, null));
	}

	/**
	 * Sets a password its owner chose (at a change of password, or the first administrator's from
	 * the environment): no change is required at sign-in.
	 */
	public void setChosenPassword(String actor, String username, String rawPassword) {
		AppUser user = users.findByUsername(username).orElseThrow(() -> new IllegalArgumentException(username));
		user.setPassword(passwords.encode(rawPassword), false);
		events.publishEvent(new OrganisationChanged(clock.instant(), actor, "PASSWORD_CHANGED", username,
				"password", null, null));
	}

}
