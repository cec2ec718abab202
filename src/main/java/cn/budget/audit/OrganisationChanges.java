package cn.budget.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The organisation's audit chain as administrators read it: who changed which unit or
 * person, which field, old → new. Newest first.
 */
@Component
class OrganisationChanges {

	private final AuditTrail trail;

	private final Directory directory;

	OrganisationChanges(AuditTrail trail, Directory directory) {
		this.trail = trail;
		this.directory = directory;
	}

	/** One change. */
	record Change(long seq, Instant at, String actor, String kind, String subject, String field, String from,
			String to) {
	}

	List<Change> forAdministrator() {
		if (!directory.currentActor().is(Role.ADMIN)) {
			throw new AccessDeniedException("organisation changes");
		}
		List<Change> changes = new ArrayList<>();
		trail.organisationChanges()
			.forEach(e -> changes
				.add(new Change(e.seq(), e.at(), e.actor(), e.kind(), e.part(), e.field(), e.from(), e.to())));
		Collections.reverse(changes);
		return changes;
	}

}
