/**
 * Exchange of disclosures with the documents people already have and publish: imports of
 * the plain text dumped from Word and of {@code .docx} files into the structured model
 * (with a report of every line that found no place), exports to DOCX, XLSX and PDF, Excel
 * templates per table type, and the copy of last year's published disclosure into this
 * year's draft.
 * <p>
 * The public surface is {@link cn.budget.exchange.DisclosureImports},
 * {@link cn.budget.exchange.DisclosureExports} and
 * {@link cn.budget.exchange.DisclosureCopyForward}; everything else is package-private.
 * How headings, columns and rows are recognised is data
 * ({@code exchange/vocabulary.json}), not code.
 */
package cn.budget.exchange;
