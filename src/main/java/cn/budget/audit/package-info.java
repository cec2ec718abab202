/**
 * The audit trail: every change of a field and every decision and comment on a disclosure
 * is an append-only event sealed with a keyed MAC (HMAC-SHA256) over its content and its
 * predecessor's MAC, so that any later alteration, removal or reordering is detected; the
 * chain head carries a MAC too, and daily and per-publication anchors publish a digest of
 * every head on the portal. The timeline merges the trail with Camunda's history. Public
 * surface: {@link cn.budget.audit.AuditTrail}, {@link cn.budget.audit.AuditAnchors}.
 */
@Surface({})
package cn.budget.audit;

import cn.budget.shared.Surface;
