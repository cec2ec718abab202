/**
 * Reading an uploaded file into blocks: plain text (UTF-8 or GB18030) and {@code .docx}
 * become the same paragraphs and tables ({@link cn.budget.exchange.reading.Block}) in
 * reading order, each with the line it came from; a file that cannot be read safely is
 * refused with a reason ({@link cn.budget.exchange.reading.UploadRejectedException}).
 * <p>
 * Surface: {@link cn.budget.exchange.reading.UploadReader} (the one way in),
 * {@link cn.budget.exchange.reading.ImportFile},
 * {@link cn.budget.exchange.reading.SourceDocument},
 * {@link cn.budget.exchange.reading.Block}, {@link cn.budget.exchange.reading.Text} (how
 * a line is cleaned before it is compared),
 * {@link cn.budget.exchange.reading.PlainTextReader} (text already decoded, for tests and
 * tools) and {@link cn.budget.exchange.reading.DocxReader#CONFIDENTIAL} (the Word style
 * the writer marks confidential cells with). Depends on no other part of exchange.
 */
package cn.budget.exchange.reading;
