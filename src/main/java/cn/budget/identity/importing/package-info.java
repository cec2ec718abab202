/**
 * Bulk import of the organisation from the spreadsheet a finance bureau already has: an
 * XLSX with the sheets 单位 and 人员, or one CSV per sheet.
 * {@link cn.budget.identity.importing.OrganisationImport} reads and checks the file,
 * plans what it would create, change and deactivate, and applies the plan through
 * {@link cn.budget.identity.Organisation} only (one write path, every change audited
 * there). {@link cn.budget.identity.importing.OrganisationTemplate} writes the template
 * with examples.
 */
package cn.budget.identity.importing;
