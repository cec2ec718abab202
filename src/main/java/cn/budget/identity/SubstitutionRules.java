package cn.budget.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * What a substitution must satisfy: a substitute who exists, is active, is not the absent
 * person and has the same role, department and unit (so their scopes are equal); a range
 * of whole days that has not ended and overlaps no other substitution of the same person.
 */
@Component
class SubstitutionRules {

	/** The longest absence one substitution covers; longer ones are named again. */
	static final int MAX_DAYS = 366;

	private final AppUserRepository users;

	SubstitutionRules(AppUserRepository users) {
		this.users = users;
	}

	/**
	 * Same role, department and unit: the one condition that keeps scopes from widening.
	 */
	static boolean alike(AppUser a, AppUser b) {
		return a.isEnabled() && b.isEnabled() && a.toActor().role() == b.toActor().role()
				&& Objects.equals(a.toActor().departmentCode(), b.toActor().departmentCode())
				&& Objects.equals(a.toActor().unitCode(), b.toActor().unitCode());
	}

	void check(AppUser absent, NewSubstitution request, LocalDate today, List<Substitution> existing) {
		checkPerson(absent, request.substitute());
		checkDays(request.from(), request.to(), today);
		if (existing.stream().anyMatch(s -> s.overlaps(request.from(), request.to()))) {
			throw new SubstitutionRefusedException("from", "validation.substitution.overlaps");
		}
	}

	private void checkPerson(AppUser absent, String username) {
		if (username == null || username.isBlank()) {
			throw new SubstitutionRefusedException("substitute", "validation.substitution.required");
		}
		if (username.equals(absent.getUsername())) {
			throw new SubstitutionRefusedException("substitute", "validation.substitution.self");
		}
		AppUser substitute = users.findByUsername(username)
			.orElseThrow(
					() -> new SubstitutionRefusedException("substitute", "validation.substitution.unknown", username));
		if (!substitute.isEnabled()) {
			throw new SubstitutionRefusedException("substitute", "validation.substitution.inactive", username);
		}
		if (!alike(absent, substitute)) {
			throw new SubstitutionRefusedException("substitute", "validation.substitution.notAlike", username);
		}
	}

	private static void checkDays(LocalDate from, LocalDate to, LocalDate today) {
		if (from == null || to == null) {
			throw new SubstitutionRefusedException(from == null ? "from" : "to", "validation.substitution.required");
		}
		if (from.isAfter(to)) {
			throw new SubstitutionRefusedException("to", "validation.substitution.order");
		}
		if (to.isBefore(today)) {
			throw new SubstitutionRefusedException("to", "validation.substitution.past");
		}
		if (from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new SubstitutionRefusedException("to", "validation.substitution.tooLong", MAX_DAYS);
		}
	}

}
