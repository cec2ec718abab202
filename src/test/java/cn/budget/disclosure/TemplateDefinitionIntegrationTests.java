package cn.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.budget.template.ColumnDefinition;
import cn.budget.template.PartDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.template.TemplateCatalog;
import cn.budget.template.TemplateDefinition;
import cn.budget.template.ValueType;
import cn.budget.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The two templates of domain.md, held as data, with every part, table and column.
 */
@IntegrationTest
class TemplateDefinitionIntegrationTests {

	@Autowired
	TemplateCatalog templates;

	@Test
	void theBudgetTemplateHasTheNinePartsInOrderAndTheStandardTables() {
		TemplateDefinition budget = templates.current("BUDGET");
		assertThat(budget.parts()).extracting(PartDefinition::numeral)
			.containsExactly("一", "二", "三", "四", "五", "六", "七", "八", "九", "附");
		assertThat(budget.parts()).extracting(PartDefinition::key)
			.containsExactly("duties", "overview", "operating_funds", "three_public", "performance", "procurement",
					"assets", "glossary", "other_matters", "standard_tables");
		assertThat(budget.part("standard_tables").orElseThrow().tables()).hasSize(9);
	}

	@Test
	void everyTableHasItsColumns() {
		TemplateDefinition budget = templates.current("BUDGET");
		assertThat(columns(budget, "units")).containsExactly("name", "nature", "rank", "funding");
		assertThat(columns(budget, "budget_overview")).containsExactly("item", "current", "previous", "change",
				"reason");
		assertThat(fixedRows(budget, "budget_overview")).contains("revenue_total", "revenue_general", "revenue_fund",
				"revenue_special", "revenue_business", "revenue_other", "revenue_carryover", "expenditure_total",
				"basic", "personnel", "public_operating", "project");
		assertThat(fixedRows(budget, "three_public")).containsExactly("total", "overseas", "vehicles",
				"vehicle_purchase", "vehicle_operation", "reception");
		assertThat(columns(budget, "project_performance")).containsExactly("level1", "level2", "name", "description",
				"target", "basis");
		assertThat(budget.table("project_performance").orElseThrow().header()).extracting(ColumnDefinition::key)
			.contains("project_code", "project_name", "budget_total", "fiscal_funds", "fiscal_own", "other_funds",
					"purpose", "plan_march", "plan_june", "plan_october", "plan_december", "goals");
		assertThat(columns(budget, "duty_activities")).containsExactly("name", "budget", "content", "goal", "indicator",
				"excellent", "good", "fair", "poor");
		assertThat(columns(budget, "procurement_items")).contains("project_name", "project_budget", "item_name",
				"catalogue_code", "quantity_unit", "quantity", "unit_price", "amount", "fund_general",
				"fund_government", "fund_special", "fund_other");
		assertThat(fixedRows(budget, "asset_holdings")).contains("total", "buildings", "vehicles", "equipment",
				"other");
		assertThat(columns(budget, "glossary")).containsExactly("term", "definition");
		Map<String, ValueType> types = budget.table("procurement_items")
			.orElseThrow()
			.columns()
			.stream()
			.collect(Collectors.toMap(ColumnDefinition::key, ColumnDefinition::type));
		assertThat(types).containsEntry("amount", ValueType.AMOUNT).containsEntry("quantity", ValueType.NUMBER);
	}

	@Test
	void thePerformanceTemplateHasItsTwoParts() {
		TemplateDefinition performance = templates.current("PERFORMANCE");
		assertThat(performance.parts()).extracting(PartDefinition::key)
			.containsExactly("overall_performance", "project_performance");
		assertThat(performance.part("project_performance").orElseThrow().tables()).extracting(TableDefinition::key)
			.containsExactly("project_performance");
	}

	@Test
	void storedVersionsAreNotStoredTwice() {
		long before = templates.current("BUDGET").id();
		templates.installShippedTemplates();
		assertThat(templates.current("BUDGET").id()).isEqualTo(before);
	}

	private static List<String> columns(TemplateDefinition template, String table) {
		return template.table(table).orElseThrow().columns().stream().map(ColumnDefinition::key).toList();
	}

	private static List<String> fixedRows(TemplateDefinition template, String table) {
		return template.table(table).orElseThrow().fixedRows().stream().map(r -> r.key()).toList();
	}

}
