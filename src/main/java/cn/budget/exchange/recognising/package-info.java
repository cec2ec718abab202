/**
 * Recognising what the blocks of a document are, by the words of
 * {@code exchange/vocabulary.json} and the figure vocabulary shared with the checks
 * ({@link cn.budget.exchange.recognising.Vocabulary}): which template
 * ({@link cn.budget.exchange.recognising.TemplateChooser}), where parts and sections open
 * ({@link cn.budget.exchange.recognising.Outline},
 * {@link cn.budget.exchange.recognising.Numbering},
 * {@link cn.budget.exchange.recognising.Labels}), which table a source table is
 * ({@link cn.budget.exchange.recognising.TableRecognizer}), what is said above its
 * headers ({@link cn.budget.exchange.recognising.TableMetadata},
 * {@link cn.budget.exchange.recognising.ProjectHead}), its columns
 * ({@link cn.budget.exchange.recognising.ColumnLayout}) and its rows
 * ({@link cn.budget.exchange.recognising.RowReader},
 * {@link cn.budget.exchange.recognising.RowShaper},
 * {@link cn.budget.exchange.recognising.SourcedRow}, the recognisers' working row that
 * becomes the disclosure's {@code RowView}), and which unit a table belongs to
 * ({@link cn.budget.exchange.recognising.UnitDirectory}). What cannot be recognised goes
 * to the {@link cn.budget.exchange.recognising.ImportReport}.
 * <p>
 * These types are the surface for {@code placing}, which drives them table by table and
 * line by line; {@code writing} reads the vocabulary's running-text fields and
 * {@link cn.budget.exchange.recognising.Numbering}, {@code templates} compares labels
 * with {@link cn.budget.exchange.recognising.Labels}. Depends only on {@code reading}.
 */
package cn.budget.exchange.recognising;
