package cn.budget.exchange;

/**
 * Where an import goes: a new disclosure of a department and year, or an existing draft.
 *
 * @param departmentCode the department of a new disclosure; the importer's own when null
 * @param fiscalYear the year of a new disclosure; the year the document names when null
 * @param disclosureId the draft to fill instead, or null
 */
public record ImportTarget(String departmentCode, Integer fiscalYear, Long disclosureId) {
}
