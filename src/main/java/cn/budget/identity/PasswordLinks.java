package cn.budget.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.budget.shared.Digests;

/**
 * One-time links by mail instead of an initial password: an administrator sends one, the
 * person opens it within {@code app.passwords.link-validity} (24 hours) and chooses their
 * password once.
 */
@Service
@Transactional
public class PasswordLinks {

	static final String PATH = "/account/activate";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final PasswordLinkRepository links;

	private final AppUserRepository users;

	private final Accounts accounts;

	private final SignInGuard guard;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration validity;

	PasswordLinks(PasswordLinkRepository links, AppUserRepository users, Accounts accounts, SignInGuard guard,
			ApplicationEventPublisher events, Clock clock,
			@Value("${app.passwords.link-validity:24h}") Duration validity) {
		this.links = links;
		this.users = users;
		this.accounts = accounts;
		this.guard = guard;
		this.events = events;
		this.clock = clock;
		this.validity = validity;
	}

	/**
	 * Sends a person a new link (earlier unused ones stop working) and returns when it
	 * expires.
	 * @param baseUrl the product's address the link starts with, without a trailing slash
	 * @throws AccessDeniedException unless the actor is an administrator
	 * @throws InvalidPasswordLink when the person has no e-mail address
	 */
	public Instant send(Actor actor, String username, String baseUrl) {
		if (!actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators send password links");
		}
		AppUser user = users.findByUsername(username).orElseThrow(() -> new UnknownAccount(username));
		if (user.getEmail() == null || user.getEmail().isBlank()) {
			throw new InvalidPasswordLink("passwordLink.noEmail");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		links.deleteUnused(username);
		links.save(new PasswordLink(username, hash(token), actor.username(), now, now.plus(validity)));
		events.publishEvent(new PasswordLinkIssued(username, user.getDisplayName(), user.getEmail(),
				baseUrl + PATH + "?token=" + token, now.plus(validity)));
		events.publishEvent(
				new OrganisationChanged(now, actor.username(), "PASSWORD_LINK_SENT", username, "password", null, null));
		return now.plus(validity);
	}

	/** The person a link is for, while it can still be used. */
	@Transactional(readOnly = true)
	public Optional<String> usernameFor(String token) {
		return usable(token).map(PasswordLink::getUsername);
	}

	/**
	 * Sets the password the person chose and uses the link up. A lock of the account from
	 * guessing (often the person's own, before they asked for a link) is lifted with it.
	 * @throws InvalidPasswordLink when the link is unknown, used or expired
	 * @throws PasswordRejected when the password breaks the policy (field
	 * {@code newPassword})
	 */
	public void choose(String token, String newPassword) {
		PasswordLink link = usable(token).orElseThrow(() -> new InvalidPasswordLink("passwordLink.invalid"));
		accounts.chosen(link.getUsername(), link.getUsername(), newPassword, "newPassword");
		link.use(clock.instant());
		guard.succeeded(link.getUsername());
	}

	private Optional<PasswordLink> usable(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return links.findByTokenHash(hash(token)).filter(link -> link.usableAt(clock.instant()));
	}

	private static String hash(String token) {
		return Digests.sha256Hex(token);
	}

}
