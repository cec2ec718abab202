package cn.budget.disclosure;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/**
 * Who created a disclosure and who changed it last, and when. The revision counts saves:
 * each save changes it, so the disclosure's version moves on even when only rows changed.
 */
@Embeddable
record EditStamps(Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long revision) {

	static EditStamps created(String username, Instant now) {
		return new EditStamps(now, username, now, username, 0);
	}

	EditStamps touched(String username, Instant now) {
		return new EditStamps(createdAt, createdBy, now, username, revision + 1);
	}

}
