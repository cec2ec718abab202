/**
 * Writing a disclosure as a document: {@link cn.budget.exchange.writing.DocumentLayout}
 * lays it out once ({@link cn.budget.exchange.writing.DocumentView}: parts, paragraphs,
 * tables with their spanned headers, confidential values masked or marked), and
 * {@link cn.budget.exchange.writing.DocxWriter},
 * {@link cn.budget.exchange.writing.XlsxWriter} and
 * {@link cn.budget.exchange.writing.PdfRenderer} (with
 * {@link cn.budget.exchange.writing.PdfFont}) write that one layout.
 * <p>
 * Surface: those six types; the layouts of tables, lists and header fields and the Word
 * and Excel table writers are package-private. Uses the import's vocabulary and numbering
 * ({@code recognising}) and the Word style for confidential cells ({@code reading}),
 * never {@code placing}.
 */
package cn.budget.exchange.writing;
