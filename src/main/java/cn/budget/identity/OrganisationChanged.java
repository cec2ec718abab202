package cn.budget.identity;

import java.time.Instant;

/**
 * Something changed in the organisation or in an account: a unit or person created,
 * renamed, moved or deactivated, a password set, a sign-in refused or an account locked.
 * The audit feature records each one in the organisation's own chain, so an administrator
 * can see who changed what, old → new.
 *
 * @param at when
 * @param actor who did it ({@code system} for the application itself)
 * @param kind what happened, e.g. {@code UNIT_CREATED}, {@code USER_CHANGED},
 * {@code ACCOUNT_LOCKED}
 * @param subject the unit code or username it happened to
 * @param field the field that changed, or null
 * @param from the old value, or null
 * @param to the new value, or null
 */
public record OrganisationChanged(Instant at, String actor, String kind, String subject, String field, String from,
		String to) {
}
