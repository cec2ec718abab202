/**
 * Placing what was recognised into a draft of the model:
 * {@link cn.budget.exchange.placing.DocumentAssembler} walks the blocks, places running
 * text, items and the figures the text states ({@code TextPlacer}, {@code TextFigures},
 * {@code ChangeFigures}) and tables ({@code TableMapper}), checks every value the way the
 * editor does ({@code CellChecker}, {@code AmountFields}) and answers an
 * {@link cn.budget.exchange.placing.Assembly}: the
 * {@link cn.budget.exchange.placing.Draft} and the report of what found no place, which
 * {@code DisclosureImports} saves through the drafting service. The draft holds whole
 * tables as read, as the disclosure's immutable views ({@code TableView}, replaced as a
 * paragraph adds a row); text fields and the figures read from the prose are kept by
 * {@code ContentAddress} and written by the drafting service after the tables (as its
 * {@code fillFields} and {@code placeFigures} do). Nothing here builds or changes the
 * disclosure's own document classes.
 * <p>
 * Surface: {@link cn.budget.exchange.placing.DocumentAssembler},
 * {@link cn.budget.exchange.placing.Assembly} and what the entry points read of the
 * {@link cn.budget.exchange.placing.Draft}; everything else is package-private. Depends
 * on {@code recognising} and {@code reading}.
 */
package cn.budget.exchange.placing;
