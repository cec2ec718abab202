package cn.budget.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A public anchor as the portal shows it: the day, when it was taken, why (DAILY or
 * PUBLICATION), the digest over every chain head and how many chains it covers.
 */
public record AnchorView(long id, LocalDate date, Instant anchoredAt, String reason, String digest, int chains) {
}
