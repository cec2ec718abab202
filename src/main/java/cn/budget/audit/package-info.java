/**
 * The audit trail: every change of a field and every decision and comment on a disclosure is an
 * append-only event that carries the hash of its predecessor and of its own content, so that any
 * later alteration or removal is detected. The timeline merges it with Camunda's history.
 */
package cn.budget.audit;
