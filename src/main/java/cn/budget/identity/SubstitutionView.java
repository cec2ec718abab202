package cn.budget.identity;

import java.time.LocalDate;

/**
 * A substitution as pages and the API show it.
 *
 * @param active whether it covers today
 */
public record SubstitutionView(long id, String absent, String substitute, LocalDate from, LocalDate to,
		boolean cancelled, boolean active) {
}
