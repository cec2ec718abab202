package cn.budget.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A public anchor as the portal shows it: the day, when it was taken, why (DAILY or
 * PUBLICATION), the digest over the chain heads it lists and how many they are, and the
 * digest of the anchor before it, which its own covers (null for anchors taken before
 * anchors were linked).
 */
public record AnchorView(long id, LocalDate date, Instant anchoredAt, String reason, String digest, int chains,
		String previousDigest) {
}
