package cn.budget.identity;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * People of their own for the account tests, so that locking, changing passwords and
 * counting failures never touches the demo users other tests sign in as. Each is a
 * drafter of 县教育局本级.
 */
final class TestAccounts {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private TestAccounts() {
	}

	/**
	 * A new person whose password is {@code password}, chosen by themselves (no change
	 * required).
	 */
	static String person(ApplicationContext context, String prefix, String password) {
		return personWithHash(context, prefix, context.getBean(PasswordEncoder.class).encode(password));
	}

	/**
	 * A new person whose password is stored as this hash, e.g. one of an older algorithm.
	 */
	static String personWithHash(ApplicationContext context, String prefix, String passwordHash) {
		String username = prefix + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
		DepartmentRepository departments = context.getBean(DepartmentRepository.class);
		OrgUnitRepository units = context.getBean(OrgUnitRepository.class);
		context.getBean(AppUserRepository.class)
			.save(new AppUser(username, passwordHash, "测试人员 " + username, username + "@county.example", Role.DRAFTER,
					departments.findByCode("305").orElseThrow(), units.findByCode("305001").orElseThrow()));
		return username;
	}

	/**
	 * A client address of the test's own, so that its failures count against nobody
	 * else's.
	 */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
