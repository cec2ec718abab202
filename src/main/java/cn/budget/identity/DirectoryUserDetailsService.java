package cn.budget.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class DirectoryUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	DirectoryUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		// A person without a password yet (imported, not yet given one) cannot sign in, and is refused
		// exactly like an unknown name.
		return users.findByUsername(username)
			.filter(u -> u.getPasswordHash() != null)
			.map(u -> new SignedInUser(u.toActor(), u.getPasswordHash(), u.isEnabled()))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

}
