package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstAdministratorTests {

	@Test
	void theEnvironmentMustNameTheAdministratorAndAPassword() {
		assertThat(FirstAdministrator.refusal(null, "Harbour-Lantern-2026")).contains("APP_ADMIN_USERNAME");
		assertThat(FirstAdministrator.refusal("chief", "")).contains("APP_ADMIN_PASSWORD").contains("not set");
		assertThat(FirstAdministrator.refusal("chief", "short-1")).as("the policy's to judge").isNull();
		assertThat(FirstAdministrator.refusal("chief", "Harbour-Lantern-2026")).isNull();
	}

	@Test
	void naturesAndFundingFormsAcceptTheUsualSpellings() {
		assertThat(UnitNature.parse("参公")).contains(UnitNature.CIVIL_SERVICE_INSTITUTION);
		assertThat(UnitNature.parse(" 行政单位 ")).contains(UnitNature.ADMINISTRATIVE);
		assertThat(UnitNature.parse("public_institution")).contains(UnitNature.PUBLIC_INSTITUTION);
		assertThat(UnitNature.parse("国企")).isEmpty();
		assertThat(FundingForm.parse("全额拨款")).contains(FundingForm.FULL);
		assertThat(FundingForm.parse("财政拨款")).contains(FundingForm.FULL);
		assertThat(FundingForm.parse("自收自支")).contains(FundingForm.SELF_FUNDED);
		assertThat(RoleNames.parse("部门领导")).isEqualTo(Role.UNIT_LEADER);
		assertThat(RoleNames.parse("reviewer")).isEqualTo(Role.REVIEWER);
	}

}
