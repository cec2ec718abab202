package cn.budget.identity;

import java.time.LocalDate;

/**
 * A request to name a substitute: who, from which day to which day (both included).
 */
public record NewSubstitution(String substitute, LocalDate from, LocalDate to) {
}
