package cn.budget.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Absence and substitutes: a person, or an administrator for them, names a colleague of
 * the same unit and role for a range of days. While it lasts the substitute acts on the
 * absent person's claimed tasks and hears what they hear. Scope never widens: a
 * substitution counts only while both still have the same role, department and unit, so
 * the substitute reaches nothing they could not reach themselves. No chains: a
 * substitute's own substitute does not cover the first person.
 */
@Service
@Transactional
public class Substitutes {

	private final SubstitutionRepository substitutions;

	private final AppUserRepository users;

	private final SubstitutionRules rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Substitutes(SubstitutionRepository substitutions, AppUserRepository users, SubstitutionRules rules,
			ApplicationEventPublisher events, Clock clock) {
		this.substitutions = substitutions;
		this.users = users;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	/** The day in the county's time zone (the clock's). */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The substitutions naming the person, as absent or as substitute, newest first. */
	@Transactional(readOnly = true)
	public List<SubstitutionView> of(String username) {
		LocalDate today = today();
		return substitutions.findByAbsentUsernameOrSubstituteUsernameOrderByFromDateDesc(username, username)
			.stream()
			.map(s -> s.view(today))
			.toList();
	}

	/**
	 * Who may stand in for the person: active colleagues of the same role, department and
	 * unit.
	 */
	@Transactional(readOnly = true)
	public List<UserInfo> colleaguesOf(String username) {
		return users.findByUsername(username)
			.map(me -> users.findByRoleAndEnabledTrue(me.getRole())
				.stream()
				.filter(u -> !u.getUsername().equals(username) && SubstitutionRules.alike(me, u))
				.map(u -> new UserInfo(u.getUsername(), u.getDisplayName(), u.getEmail(), u.toActor()))
				.toList())
			.orElse(List.of());
	}

	/**
	 * Names a substitute for the absent person.
	 * @param by the absent person themselves or an administrator
	 * @throws SubstitutionRefusedException when the request breaks a rule
	 * ({@link SubstitutionRules})
	 * @throws SubstitutionNotFoundException when there is no such absent person
	 */
	public SubstitutionView name(Actor by, String absent, NewSubstitution request) {
		requireSelfOrAdmin(by, absent);
		AppUser person = users.findByUsername(absent)
			.orElseThrow(() -> new SubstitutionNotFoundException("error.substitution.noPerson", absent));
		rules.check(person, request, today(), substitutions.findByAbsentUsernameAndCancelledAtIsNull(absent));
		Substitution saved = substitutions.save(new Substitution(absent, request.substitute(), request.from(),
				request.to(), by.username(), clock.instant()));
		events.publishEvent(new OrganisationChanged(clock.instant(), by.username(), "SUBSTITUTE_NAMED", absent,
				"substitute", null, request.substitute() + " " + request.from() + ".." + request.to()));
		return saved.view(today());
	}

	/**
	 * Cancels a substitution of the actor's own (or any, for an administrator).
	 * @throws SubstitutionNotFoundException when it is not the actor's to cancel
	 */
	public void cancel(Actor by, long id) {
		Substitution substitution = substitutions.findById(id)
			.filter(s -> by.is(Role.ADMIN) || s.getAbsentUsername().equals(by.username()))
			.orElseThrow(() -> new SubstitutionNotFoundException("error.substitution.notFound", id));
		substitution.cancel(clock.instant());
		events.publishEvent(new OrganisationChanged(clock.instant(), by.username(), "SUBSTITUTE_CANCELLED",
				substitution.getAbsentUsername(), "substitute", substitution.getSubstituteUsername(), null));
	}

	/** The people the substitute stands in for today. */
	@Transactional(readOnly = true)
	public Set<String> coveredBy(String substitute) {
		LocalDate today = today();
		return substitutions.findBySubstituteUsernameAndCancelledAtIsNullAndToDateGreaterThanEqual(substitute, today)
			.stream()
			.filter(s -> s.covers(today) && sameScope(s))
			.map(Substitution::getAbsentUsername)
			.collect(Collectors.toSet());
	}

	/** The people standing in today for any of the absent people. */
	@Transactional(readOnly = true)
	public Set<String> substitutesOf(Collection<String> absent) {
		LocalDate today = today();
		return absent.stream()
			.flatMap(a -> substitutions.findByAbsentUsernameAndCancelledAtIsNullAndToDateGreaterThanEqual(a, today)
				.stream())
			.filter(s -> s.covers(today) && sameScope(s))
			.map(Substitution::getSubstituteUsername)
			.collect(Collectors.toSet());
	}

	// Checked again at every use: a person moved or deactivated since the naming is
	// covered no more.
	private boolean sameScope(Substitution s) {
		return users.findByUsername(s.getAbsentUsername())
			.flatMap(a -> users.findByUsername(s.getSubstituteUsername()).map(b -> SubstitutionRules.alike(a, b)))
			.orElse(false);
	}

	private static void requireSelfOrAdmin(Actor by, String absent) {
		if (!by.is(Role.ADMIN) && !Objects.equals(by.username(), absent)) {
			throw new AccessDeniedException("Only the person or an administrator names a substitute");
		}
	}

}
