package cn.budget.identity;

import java.util.List;
import java.util.Set;

/**
 * Who may call a route, as the rule table of {@link RouteAccessMatrixIntegrationTests}
 * states it: the demo users allowed, whether anonymous callers are, and whether the route
 * hides a resource of 县公安局 (312) from another department by answering 404, so that its
 * existence is not revealed.
 *
 * @param allowed the demo users that may call it
 * @param anonymous whether a caller without login may
 * @param hidesOtherDepartments whether users of another department get 404
 * @param description how the table reads, for failure messages
 */
record Access(Set<String> allowed, boolean anonymous, boolean hidesOtherDepartments, String description,
		Outcome forAllowed) {

	/**
	 * Every demo user, finance bureau first; the last two belong to 县教育局 (305), not 312.
	 */
	static final List<String> USERS = List.of("admin", "supervisor", "reviewer", "leader-ga", "drafter-ga",
			"drafter-jj", "drafter-ks", "leader-jy", "drafter-jy");

	/** Users of another department than 312. */
	static final Set<String> OTHER_DEPARTMENT = Set.of("leader-jy", "drafter-jy");

	/**
	 * Everyone who sees the disclosures of 312: its own staff, the finance bureau,
	 * administrators.
	 */
	static final String[] STAFF_OF_312 = { "admin", "supervisor", "reviewer", "leader-ga", "drafter-ga", "drafter-jj",
			"drafter-ks" };

	/** What a caller should get. */
	enum Outcome {

		/** 2xx or 3xx, other than a redirect to the login page. */
		ALLOWED,
		/** 401, 403, 404 or a redirect to the login page. */
		REFUSED,
		/** 404: the resource is not revealed. */
		HIDDEN,
		/**
		 * Past access control, whatever the resource's state then answers: not 401, 403,
		 * 404, a login redirect or 5xx.
		 */
		LET_IN

	}

	/** The public portal and the login page. */
	static Access anyone() {
		return new Access(Set.copyOf(USERS), true, false, "anyone", Outcome.ALLOWED);
	}

	/**
	 * Any signed-in user; what they get is their own (their inbox, their notifications).
	 */
	static Access signedIn() {
		return new Access(Set.copyOf(USERS), false, false, "signed in", Outcome.ALLOWED);
	}

	/** Only these users, by role, wherever they work. */
	static Access only(String... users) {
		return new Access(Set.of(users), false, false, "only " + String.join(", ", users), Outcome.ALLOWED);
	}

	/**
	 * Only these users, within the scope of 312: other departments find nothing (404).
	 */
	static Access ownDepartment(String... users) {
		return new Access(Set.of(users), false, true, "own department: " + String.join(", ", users), Outcome.ALLOWED);
	}

	/**
	 * The same users, who get past access control while the resource's state may still
	 * refuse (409, 422).
	 */
	Access letIn() {
		return new Access(allowed, anonymous, hidesOtherDepartments, description + ", then the state decides",
				Outcome.LET_IN);
	}

	/** The outcome for a demo user, or null for an anonymous caller. */
	Outcome expected(String user) {
		if (user == null) {
			return anonymous ? forAllowed : Outcome.REFUSED;
		}
		if (allowed.contains(user)) {
			return forAllowed;
		}
		return hidesOtherDepartments && OTHER_DEPARTMENT.contains(user) ? Outcome.HIDDEN : Outcome.REFUSED;
	}

	/**
	 * A user allowed to call the route, preferring the department's own main-unit
	 * drafter.
	 */
	String someoneAllowed() {
		return allowed.contains("drafter-ga") ? "drafter-ga"
				: USERS.stream().filter(allowed::contains).findFirst().orElseThrow();
	}

}
