package cn.budget.identity;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds people beside the demo organisation (password {@code demo}), for tests that need
 * two of the same unit and role.
 */
@TestComponent
public class Colleagues {

	/** A second leader of 县教育局 (305). */
	public static final String SECOND_LEADER = "leader2-jy";

	private final AppUserRepository users;

	private final DepartmentRepository departments;

	private final PasswordEncoder passwords;

	Colleagues(AppUserRepository users, DepartmentRepository departments, PasswordEncoder passwords) {
		this.users = users;
		this.departments = departments;
		this.passwords = passwords;
	}

	@Transactional
	public void leader(String username, String departmentCode) {
		if (users.findByUsername(username).isEmpty()) {
			users.save(new AppUser(username, passwords.encode("demo"), username, username + "@county.example",
					Role.UNIT_LEADER, departments.findByCode(departmentCode).orElseThrow(), null));
		}
	}

}
