package cn.budget.identity;

/**
 * A unit as other features see it.
 *
 * @param code the unit code, e.g. {@code 312006}
 * @param name the unit name
 * @param departmentCode the code of its department
 * @param mainUnit whether it is the department's own unit (本级)
 */
public record UnitInfo(String code, String name, String departmentCode, boolean mainUnit) {
}
