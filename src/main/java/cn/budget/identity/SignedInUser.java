package cn.budget.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal: carries the actor so no request needs to reload the
 * user.
 *
 * @param mustChangePassword whether the password is still one an administrator set: until
 * it is changed, the person reaches only the change of password
 * ({@link InitialPasswordGate})
 */
record SignedInUser(Actor actor, String passwordHash, boolean enabled,
		boolean mustChangePassword) implements UserDetails {

	private static final long serialVersionUID = 1L;

	SignedInUser(Actor actor, String passwordHash, boolean enabled) {
		this(actor, passwordHash, enabled, false);
	}

	static SignedInUser of(AppUser user) {
		return new SignedInUser(user.toActor(), user.getPasswordHash(), user.isEnabled(), user.isMustChangePassword());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(actor.role().authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

}
