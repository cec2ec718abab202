package cn.budget.identity;

/**
 * The unit form of {@code /admin/units} as typed, kept as it was when a save is refused.
 */
class UnitForm {

	private String code;

	private String name;

	private String parentCode;

	private String nature;

	private String fundingForm;

	private boolean active = true;

	static UnitForm of(UnitRecord unit) {
		UnitForm form = new UnitForm();
		form.code = unit.code();
		form.name = unit.name();
		form.parentCode = unit.parentCode();
		form.nature = unit.nature();
		form.fundingForm = unit.fundingForm();
		form.active = unit.active();
		return form;
	}

	UnitDraft draft() {
		return new UnitDraft(code, name, parentCode, nature, fundingForm, active);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getParentCode() {
		return parentCode;
	}

	public void setParentCode(String parentCode) {
		this.parentCode = parentCode;
	}

	public String getNature() {
		return nature;
	}

	public void setNature(String nature) {
		this.nature = nature;
	}

	public String getFundingForm() {
		return fundingForm;
	}

	public void setFundingForm(String fundingForm) {
		this.fundingForm = fundingForm;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
