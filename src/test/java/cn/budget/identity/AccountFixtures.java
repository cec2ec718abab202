package cn.budget.identity;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationContext;

/**
 * The resources of the route matrix that belong to people rather than to 县公安局's
 * disclosures: a substitution, a token and free days to be absent, for
 * {@link RouteFixtures#accounts()}.
 */
class AccountFixtures {

	private final ApplicationContext context;

	private int absences;

	AccountFixtures(ApplicationContext context) {
		this.context = context;
	}

	/**
	 * A substitution leader-ga named, far in the future (so it changes nothing today),
	 * stored as is: the demo organisation has nobody of the same unit and role to name.
	 */
	long substitution() {
		return context.getBean(SubstitutionRepository.class)
			.save(new Substitution("leader-ga", "drafter-ga", LocalDate.of(2099, 1, 1), LocalDate.of(2099, 1, 2),
					"leader-ga", Instant.now()))
			.view(LocalDate.of(2099, 1, 1))
			.id();
	}

	/** A fresh token of leader-ga's, which they and administrators may revoke. */
	long token() {
		return context.getBean(ApiTokens.class)
			.create(context.getBean(Directory.class).actorOf("leader-ga").orElseThrow(), null)
			.id();
	}

	/**
	 * Days far in the future no earlier call named, and drafter-ga's colleague of the
	 * same unit (drafter2-ga, made on first use), so that drafter-ga may name them.
	 */
	LocalDate[] freeDaysWithAColleague() {
		AppUserRepository users = context.getBean(AppUserRepository.class);
		if (users.findByUsername("drafter2-ga").isEmpty()) {
			users.save(new AppUser("drafter2-ga", "{noop}-", "drafter2-ga", null, Role.DRAFTER,
					context.getBean(DepartmentRepository.class).findByCode("312").orElseThrow(),
					context.getBean(OrgUnitRepository.class).findByCode("312001").orElseThrow()));
		}
		LocalDate from = LocalDate.of(2099, 1, 1).plusDays(3L * absences++);
		return new LocalDate[] { from, from.plusDays(1) };
	}

}
