package cn.budget.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo organisation and users of api.md on first start through
 * {@link Organisation}, as an administrator or an import would, unless
 * {@code app.demo-data} is false (the {@code prod} profile). All demo passwords are
 * {@code demo}.
 */
@Component
@Order(10)
class DemoOrganisation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

	static final String FINANCE_BUREAU = "201";

	private static final String SYSTEM = "system";

	private final Organisation organisation;

	private final AppUserRepository users;

	private final PasswordEncoder passwords;

	private final boolean enabled;

	DemoOrganisation(Organisation organisation, AppUserRepository users, PasswordEncoder passwords,
			@Value("${app.demo-data:true}") boolean enabled) {
		this.organisation = organisation;
		this.users = users;
		this.passwords = passwords;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || users.count() > 0) {
			return;
		}
		organisation.createFinanceBureau(SYSTEM, unit(FINANCE_BUREAU, "县财政局", null));
		unit("312", "县公安局", null);
		unit("305", "县教育局", null);
		unit("201001", "县财政局本级", FINANCE_BUREAU);
		unit("312001", "县公安局本级", "312");
		unit("312005", "看守所", "312");
		unit("312006", "交通警察大队", "312");
		unit("305001", "县教育局本级", "305");

		user("admin", "系统管理员", Role.ADMIN, FINANCE_BUREAU);
		user("supervisor", "财政局监督员", Role.SUPERVISOR, FINANCE_BUREAU);
		user("reviewer", "财政局审核员", Role.REVIEWER, FINANCE_BUREAU);
		user("leader-ga", "公安局分管领导", Role.UNIT_LEADER, "312");
		user("drafter-ga", "公安局填报员", Role.DRAFTER, "312001");
		user("drafter-jj", "交警大队填报员", Role.DRAFTER, "312006");
		user("drafter-ks", "看守所填报员", Role.DRAFTER, "312005");
		user("leader-jy", "教育局分管领导", Role.UNIT_LEADER, "305");
		user("drafter-jy", "教育局填报员", Role.DRAFTER, "305001");
		log.info("Created the demo organisation and its users (password: demo)");
	}

	private UnitDraft unit(String code, String name, String parent) {
		UnitDraft draft = new UnitDraft(code, name, parent, "行政单位", "财政拨款", true);
		if (!FINANCE_BUREAU.equals(code)) {
			organisation.createUnit(SYSTEM, draft);
		}
		return draft;
	}

	/**
	 * The person through {@link Organisation}; only the password is set here, not through
	 * {@link Accounts}: {@code demo} is the documented demo password (api.md), which the
	 * password policy rightly refuses and which nobody is asked to change. This runs only
	 * without {@code prod}.
	 */
	private void user(String username, String name, Role role, String unitCode) {
		organisation.createPerson(SYSTEM,
				new PersonDraft(username, name, role, unitCode, username + "@county.example", null, true));
		users.findByUsername(username).orElseThrow().setPassword(passwords.encode("demo"), false);
	}

}
