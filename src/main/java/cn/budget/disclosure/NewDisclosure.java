package cn.budget.disclosure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A request to create a disclosure.
 *
 * @param departmentCode the department, e.g. {@code 312}
 * @param fiscalYear the fiscal year
 * @param template {@code BUDGET} or {@code PERFORMANCE}
 * @param unitOfMeasure 万元 (default) or 元
 */
public record NewDisclosure(@NotBlank String departmentCode, @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
		@NotBlank String template, String unitOfMeasure) {
}
