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
		return users.findByUsername(username)
			.map(u -> new SignedInUser(u.toActor(), u.getPasswordHash(), u.isEnabled()))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

}
