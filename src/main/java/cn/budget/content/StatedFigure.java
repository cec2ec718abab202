package cn.budget.content;

import java.math.BigDecimal;

/**
 * An amount a document states, placed into the cell or amount field it names (the
 * drafting service's {@code placeFigures}, an import's {@link DraftContent}).
 *
 * @param at a cell, or an amount field of a part
 * @param amount in the unit of the table (or document) it goes to
 * @param source where it was read from, e.g. {@link CellSource#text}
 */
public record StatedFigure(ContentAddress at, BigDecimal amount, CellSource source) {
}
