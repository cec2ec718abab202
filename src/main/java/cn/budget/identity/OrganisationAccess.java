package cn.budget.identity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may manage what of the organisation: administrators everything; the finance
 * bureau's supervisor the county's budget departments and their units, not the finance
 * bureau itself nor people. Used by the admin API and pages alike.
 */
@Component
class OrganisationAccess {

	private final Directory directory;

	private final Organisation organisation;

	OrganisationAccess(Directory directory, Organisation organisation) {
		this.directory = directory;
		this.organisation = organisation;
	}

	/** The caller, if they may see and manage units. */
	Actor unitManager() {
		Actor actor = directory.currentActor();
		if (!actor.is(Role.ADMIN) && !actor.is(Role.SUPERVISOR)) {
			throw new AccessDeniedException("organisation: units");
		}
		return actor;
	}

	/**
	 * The caller, if they may create or change this unit (by its code and the parent it
	 * is to have).
	 */
	Actor unitManagerFor(String code, String parentCode) {
		Actor actor = unitManager();
		if (actor.is(Role.SUPERVISOR)) {
			String bureau = organisation.financeBureauCode().orElse(null);
			String current = organisation.unit(code == null ? "" : code)
				.map(u -> u.department() ? u.code() : u.parentCode())
				.orElse(null);
			if (bureau != null && (bureau.equals(current) || bureau.equals(code) || bureau.equals(parentCode))) {
				throw new AccessDeniedException("organisation: the finance bureau");
			}
		}
		return actor;
	}

	/** The caller, if they may see and manage people: administrators only. */
	Actor peopleManager() {
		Actor actor = directory.currentActor();
		if (!actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("organisation: people");
		}
		return actor;
	}

}
