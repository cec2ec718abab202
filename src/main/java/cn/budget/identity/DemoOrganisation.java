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
 * Creates the demo organisation and users of api.md on first start, unless {@code app.demo-data}
 * is false (the {@code prod} profile). All demo passwords are {@code demo}.
 */
@Component
@Order(10)
class DemoOrganisation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

	static final String FINANCE_BUREAU = "201";

	private final DepartmentRepository departments;

	private final OrgUnitRepository units;

	private final AppUserRepository users;

	private final PasswordEncoder passwords;

	private final boolean enabled;

	DemoOrganisation(DepartmentRepository departments, OrgUnitRepository units, AppUserRepository users,
			PasswordEncoder passwords, @Value("${app.demo-data:true}") boolean enabled) {
		this.departments = departments;
		this.units = units;
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
		Department finance = departments.save(new Department(FINANCE_BUREAU, "县财政局", true));
		Department police = departments.save(new Department("312", "县公安局", false));
		Department education = departments.save(new Department("305", "县教育局", false));
		OrgUnit financeUnit = units.save(new OrgUnit("201001", "县财政局本级", finance, true));
		OrgUnit policeMain = units.save(new OrgUnit("312001", "县公安局本级", police, true));
		OrgUnit detention = units.save(new OrgUnit("312005", "看守所", police, false));
		OrgUnit traffic = units.save(new OrgUnit("312006", "交通警察大队", police, false));
		OrgUnit educationMain = units.save(new OrgUnit("305001", "县教育局本级", education, true));

		user("admin", "系统管理员", Role.ADMIN, finance, financeUnit);
		user("supervisor", "财政局监督员", Role.SUPERVISOR, finance, financeUnit);
		user("reviewer", "财政局审核员", Role.REVIEWER, finance, financeUnit);
		user("leader-ga", "公安局分管领导", Role.UNIT_LEADER, police, null);
		user("drafter-ga", "公安局填报员", Role.DRAFTER, police, policeMain);
		user("drafter-jj", "交警大队填报员", Role.DRAFTER, police, traffic);
		user("drafter-ks", "看守所填报员", Role.DRAFTER, police, detention);
		user("leader-jy", "教育局分管领导", Role.UNIT_LEADER, education, null);
		user("drafter-jy", "教育局填报员", Role.DRAFTER, education, educationMain);
		log.info("Created the demo organisation and its users (password: demo)");
	}

	private void user(String username, String name, Role role, Department department, OrgUnit unit) {
		users.save(new AppUser(username, passwords.encode("demo"), name, username + "@county.example", role, department,
				role == Role.DRAFTER ? unit : null));
	}

}
