package cn.budget.identity;

/**
 * A department or unit as someone wants it to be, in the words of a form, a JSON body or
 * an import row; {@link Organisation} checks it.
 *
 * @param code the finance system's 单位编码: letters and digits, at most 32
 * @param name at most 200 characters
 * @param parentCode null or blank for a department, else the department the unit belongs
 * to
 * @param nature 单位性质 by name or label (see {@link UnitNature#parse}), may be null
 * @param fundingForm 经费形式 by name or label (see {@link FundingForm#parse}), may be null
 * @param active false to deactivate (nothing is ever deleted)
 */
public record UnitDraft(String code, String name, String parentCode, String nature, String fundingForm,
		boolean active) {
}
