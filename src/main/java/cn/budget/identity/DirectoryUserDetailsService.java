package cn.budget.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class DirectoryUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final AppUserRepository users;

	DirectoryUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		// A person without a password yet (imported, not yet given one) cannot sign in,
		// and is refused exactly like an unknown name.
		return users.findByUsername(username)
			.filter(u -> u.getPasswordHash() != null)
			.map(SignedInUser::of)
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	/**
	 * Stores the hash of the current algorithm after a sign-in with an older one (bcrypt
	 * before Argon2): the password is the same, so whether it must be changed stays as it
	 * was.
	 */
	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		AppUser account = users.findByUsername(user.getUsername())
			.orElseThrow(() -> new UsernameNotFoundException(user.getUsername()));
		account.setPassword(newPasswordHash, account.isMustChangePassword());
		return SignedInUser.of(account);
	}

}
