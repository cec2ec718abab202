/**
 * Automated checks a finance reviewer would make (domain.md, "Checks a finance reviewer
 * makes"): totals against their parts, changes against the figures they describe, the
 * same figure stated twice, indicator targets against their meaning, text hygiene and the
 * publication deadline.
 * <p>
 * {@link cn.budget.checks.DisclosureChecks} is the public surface: it turns a
 * {@link cn.budget.content.DisclosureContent} into a list of
 * {@link cn.budget.checks.Finding}s and tells which of them block submission. Which rules
 * block, and how severe each one is, is configuration ({@code app.checks.rules.*}); what
 * indicator names mean and which words the text rules look for is data
 * ({@code checks/*.json}) that a finance bureau can extend without code. Everything else
 * in this package is internal.
 */
@Surface({ DisclosureChecks.class, ErrorCounts.class, SubmissionGate.class })
package cn.budget.checks;

import cn.budget.shared.Surface;
