package cn.budget.identity;

/**
 * A department or unit as stored.
 *
 * @param code its code
 * @param name its name
 * @param parentCode null for a department, else its department's code
 * @param nature the {@link UnitNature} name, or null
 * @param fundingForm the {@link FundingForm} name, or null
 * @param active false once deactivated
 * @param department whether it is a department
 * @param mainUnit whether it is its department's main unit (本级)
 */
public record UnitRecord(String code, String name, String parentCode, String nature, String fundingForm, boolean active,
		boolean department, boolean mainUnit) {
}
