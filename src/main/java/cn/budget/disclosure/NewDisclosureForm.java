package cn.budget.disclosure;

import cn.budget.content.MeasureUnit;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The page's form to create a disclosure.
 */
public class NewDisclosureForm {

	@NotBlank
	private String departmentCode;

	@NotNull
	@Min(2000)
	@Max(2100)
	private Integer fiscalYear;

	@NotBlank
	private String template = "BUDGET";

	private String unitOfMeasure = MeasureUnit.WAN_YUAN.label();

	NewDisclosure toRequest() {
		return new NewDisclosure(departmentCode, fiscalYear, template, unitOfMeasure);
	}

	public String getDepartmentCode() {
		return departmentCode;
	}

	public void setDepartmentCode(String departmentCode) {
		this.departmentCode = departmentCode;
	}

	public Integer getFiscalYear() {
		return fiscalYear;
	}

	public void setFiscalYear(Integer fiscalYear) {
		this.fiscalYear = fiscalYear;
	}

	public String getTemplate() {
		return template;
	}

	public void setTemplate(String template) {
		this.template = template;
	}

	public String getUnitOfMeasure() {
		return unitOfMeasure;
	}

	public void setUnitOfMeasure(String unitOfMeasure) {
		this.unitOfMeasure = unitOfMeasure;
	}

}
