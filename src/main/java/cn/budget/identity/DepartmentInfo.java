package cn.budget.identity;

/**
 * A department as other features see it.
 *
 * @param code the department code, e.g. {@code 312}
 * @param name the department name, e.g. 县公安局
 */
public record DepartmentInfo(String code, String name) {
}
