package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.budget.disclosure.CellContent;
import cn.budget.content.CellSource;
import cn.budget.disclosure.RowContent;
import cn.budget.exchange.placing.Assembly;
import org.junit.jupiter.api.Test;

/**
 * Last year's figures and the changes the prose states go into the previous-year and
 * change columns, each remembering its sentence; a change whose subject names no row
 * stays in the text and is listed; values read from tables say so; the report counts per
 * part what came from where.
 */
class ChangeFiguresImportTests {

	@Test
	void seed000PlacesLastYearAndTheChangesOfThreePublicExpenses() {
		Assembly assembly = Seeds.assemble(Seeds.text(Seeds.ZHAOXIAN_2017));
		CellContent personnel = cell(assembly, "overview", "budget_overview", "personnel", "previous");
		assertThat(personnel.getValue()).isEqualTo("2202");
		assertThat(personnel.getSource().kind()).isEqualTo(CellSource.Kind.TEXT);
		assertThat(personnel.getSource().sentence()).startsWith("与上年相比预算安排有所增加").contains("人员经费2016年为2202万元");
		assertThat(cell(assembly, "overview", "budget_overview", "revenue_total", "previous").getValue())
			.isEqualTo("5884.99");
		assertThat(cell(assembly, "overview", "budget_overview", "revenue_total", "change").getValue())
			.as("a change is placed only where the text states it")
			.isNull();
		assertThat(cell(assembly, "overview", "budget_overview", "project", "change").getValue()).isEqualTo("-500");
		assertThat(cell(assembly, "three_public", "three_public", "vehicles", "change").getValue()).isEqualTo("7.37");
		assertThat(cell(assembly, "three_public", "three_public", "reception", "change").getValue()).isEqualTo("-0.09");
	}

	@Test
	void seed001PlacesTheTotalChangeAndItsComponents() {
		Assembly assembly = Seeds.assemble(Seeds.text(Seeds.PINGXIANG_2020));
		assertThat(cell(assembly, "overview", "budget_overview", "revenue_total", "change").getValue())
			.isEqualTo("-902.24");
		assertThat(cell(assembly, "overview", "budget_overview", "expenditure_total", "change").getValue())
			.isEqualTo("-902.24");
		assertThat(cell(assembly, "overview", "budget_overview", "basic", "current").getValue()).isEqualTo("4529.49");
		assertThat(cell(assembly, "overview", "budget_overview", "basic", "change").getValue()).isEqualTo("609.16");
		CellContent project = cell(assembly, "overview", "budget_overview", "project", "change");
		assertThat(project.getValue()).isEqualTo("-1511.4");
		assertThat(project.getSource().sentence()).contains("项目支出减少1511.4万元");
		assertThat(cell(assembly, "three_public", "three_public", "total", "change").getValue()).isEqualTo("10");
	}

	@Test
	void seed002PlacesTheComponentsAndLeavesAChangeOfNoNamedRowInTheText() {
		Assembly assembly = Seeds.assemble(Seeds.text(Seeds.WEIXIAN_2020));
		assertThat(cell(assembly, "overview", "budget_overview", "personnel", "change").getValue()).isEqualTo("504.78");
		assertThat(cell(assembly, "overview", "budget_overview", "public_operating", "change").getValue())
			.isEqualTo("200");
		assertThat(cell(assembly, "overview", "budget_overview", "project", "change").getValue()).isEqualTo("-881.78");
		assertThat(cell(assembly, "overview", "budget_overview", "revenue_total", "change").getValue()).isNull();
		assertThat(assembly.report().notes()).filteredOn(n -> n.reason().equals("import.note.changeUnclear"))
			.singleElement()
			.satisfies(n -> assertThat(n.args()).containsExactly("比2019年增加1586.57万元"))
			.satisfies(n -> assertThat(n.part()).isEqualTo("overview"));
	}

	@Test
	void valuesReadFromTablesSaySoAndTheReportCountsPerPart() {
		Assembly assembly = Seeds.assemble(Seeds.text(Seeds.ZHAOXIAN_2017));
		RowContent unit = SeedImportTests.rows(assembly, "duties", "units").get(0);
		assertThat(unit.cell("name").getSource().kind()).isEqualTo(CellSource.Kind.TABLE);
		assertThat(unit.cell("name").getSource().line()).isPositive();
		List<ImportOutcome.PartCount> counts = PlacementCounts.of(assembly, p -> p.key(), "before");
		ImportOutcome.PartCount overview = counts.stream()
			.filter(c -> "overview".equals(c.part()))
			.findFirst()
			.orElseThrow();
		assertThat(overview.fromText()).isEqualTo(assembly.report()
			.notes()
			.stream()
			.filter(n -> "overview".equals(n.part()) && n.reason().equals("import.note.figure"))
			.count());
		assertThat(overview.unplaced()).as("交警项目支出688万元 is left in the text").isEqualTo(1);
		ImportOutcome.PartCount duties = counts.stream()
			.filter(c -> "duties".equals(c.part()))
			.findFirst()
			.orElseThrow();
		assertThat(duties.fromTables()).isPositive();
	}

	private static CellContent cell(Assembly assembly, String part, String table, String row, String column) {
		RowContent found = SeedImportTests.rows(assembly, part, table)
			.stream()
			.filter(r -> row.equals(r.getKey()))
			.findFirst()
			.orElseThrow();
		return found.getCells().getOrDefault(column, new CellContent());
	}

}
