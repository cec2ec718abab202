package cn.budget.workflow;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * A request to open a round: the budgets of these departments were approved on this date.
 */
public record NewRound(@NotNull @Min(2000) @Max(2100) Integer fiscalYear, @NotBlank String template,
		@NotNull LocalDate approvalDate, @NotEmpty List<String> departmentCodes) {
}
