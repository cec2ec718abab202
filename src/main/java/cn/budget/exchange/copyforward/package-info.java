/**
 * Copy-forward: last year's published disclosure of a department into this year's draft
 * ({@link cn.budget.exchange.copyforward.DisclosureCopyForward}), by the rules of what
 * carries over; {@link cn.budget.exchange.copyforward.NothingToCopyException} when there
 * is nothing published to copy. Last year's content is read as views, the rules give new
 * views, and the draft is created through the same command as an import
 * ({@code DisclosureDrafting.createFilled}). Depends on no other part of exchange.
 */
package cn.budget.exchange.copyforward;
