/**
 * Excel templates per table type and their import:
 * {@link cn.budget.exchange.templates.ExcelTemplates} writes a template from a table's
 * definition, {@link cn.budget.exchange.templates.ExcelTableImport} reads a filled one
 * back into a table of a draft, row by row with the errors of each row, as
 * {@code RowView}s handed to {@code DisclosureDrafting.replaceTable}. Reading the sheet's
 * rows and cells is package-private.
 */
package cn.budget.exchange.templates;
