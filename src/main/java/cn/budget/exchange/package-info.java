/**
 * Exchange of disclosures with the documents people already have and publish: imports of
 * the plain text dumped from Word and of {@code .docx} files into the structured model
 * (with a report of every line that found no place), exports to DOCX, XLSX and PDF, Excel
 * templates per table type, and the copy of last year's published disclosure into this
 * year's draft.
 * <p>
 * This package holds the entry points: the pages and the API ({@code ImportApi},
 * {@code ImportPages}, {@code ExportApi}, {@code ExportPages}, {@code ImportUploads},
 * {@code PublishedDownloads}), the services {@link cn.budget.exchange.DisclosureImports}
 * and {@link cn.budget.exchange.DisclosureExports} with what they answer
 * ({@link cn.budget.exchange.ImportOutcome}, {@link cn.budget.exchange.Export}), the
 * settings and the error answers. The sub-packages follow the path the data takes:
 * <ul>
 * <li>an import: {@link cn.budget.exchange.reading} (a file → paragraphs and tables),
 * {@link cn.budget.exchange.recognising} (which template, part, section, table, column
 * and row), {@link cn.budget.exchange.placing} (into a draft of the model), then back
 * here where {@code DisclosureImports} saves the draft and renders the report;</li>
 * <li>content travels to the disclosure only as its immutable views ({@code DraftContent}
 * of {@code PartView}s, {@code TableRows} of {@code RowView}s) and values by
 * {@code ContentAddress}; the import's answer is the stored draft's view, written in JSON
 * as {@code GET /api/disclosures/{id}} answers;</li>
 * <li>an export: {@link cn.budget.exchange.writing} (a disclosure laid out once, written
 * as DOCX, XLSX and PDF);</li>
 * <li>{@link cn.budget.exchange.templates} (Excel templates per table type and their
 * import), {@link cn.budget.exchange.copyforward} (last year's disclosure into this
 * year's draft) and {@link cn.budget.exchange.demo} (the demo disclosure on first
 * start).</li>
 * </ul>
 * The sub-packages depend on each other in that order only
 * ({@code ExchangeStructureTests}). How headings, columns and rows are recognised is data
 * ({@code exchange/vocabulary.json}), not code; so is how prose names figures, in the
 * figure vocabulary shared with the checks ({@code template/figure-vocabulary.json}).
 */
@Surface({})
package cn.budget.exchange;

import cn.budget.shared.Surface;
