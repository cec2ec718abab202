package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.budget.checks.Finding;
import cn.budget.checks.Severity;
import cn.budget.checks.ShippedChecks;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.exchange.placing.Assembly;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The real mistakes of the three seeds that a reviewer finds by reading, found in what
 * the import makes of each seed (the same assembly {@code POST /api/imports} saves), with
 * the sentence and both figures; and no ERROR on the figures that agree.
 */
class SeedTextFindingsTests {

	static DisclosureDocument imported(String seed) {
		return document(Seeds.assemble(Seeds.text(seed)), 2020);
	}

	/** The disclosure the import saves from an assembly, without a database. */
	static DisclosureDocument document(Assembly assembly, int year) {
		Map<String, Object> head = new LinkedHashMap<>();
		head.put("id", 1L);
		head.put("template", assembly.draft().template().code());
		head.put("fiscalYear", year);
		head.put("unitOfMeasure", assembly.draft().documentUnit().label());
		DisclosureDocument document = new ObjectMapper().convertValue(head, DisclosureDocument.class);
		document.setParts(Placed.parts(assembly));
		return document;
	}

	static List<Finding> findings(String seed, String rule) {
		return ShippedChecks.of(imported(seed)).stream().filter(f -> f.rule().equals(rule)).toList();
	}

	static List<String> errors(String seed) {
		return ShippedChecks.of(imported(seed))
			.stream()
			.filter(f -> f.severity() == Severity.ERROR)
			.map(f -> f.rule() + "@" + f.part())
			.toList();
	}

	@Test
	void seed000ListsRevenueItemsThatAddUpToMoreThanItsStatedTotal() {
		List<Finding> listed = findings(Seeds.ZHAOXIAN_2017, "text.listed-parts");
		assertThat(listed).hasSize(1);
		Finding finding = listed.get(0);
		assertThat(finding.part()).isEqualTo("overview");
		assertThat(finding.expected()).isEqualTo("6,501.30万元");
		assertThat(finding.actual()).isEqualTo("5,909.00万元");
		assertThat((String) finding.args().get(0)).startsWith("公安局今年收入共计5909万元，其中人员经费2766万元");
	}

	@Test
	void seed000StatesComponentChangesThatDoNotAddUpToTheChangeOfTheTotal() {
		List<Finding> components = findings(Seeds.ZHAOXIAN_2017, "text.change-components");
		assertThat(components).hasSize(1);
		assertThat(components.get(0).part()).isEqualTo("overview");
		assertThat(components.get(0).expected()).isEqualTo("84.00万元");
		assertThat(components.get(0).actual()).isEqualTo("24.01万元");
		assertThat((String) components.get(0).args().get(0)).startsWith("与上年相比预算安排有所增加");
	}

	@Test
	void seed001PlansNewAssetsThatItsUnitsLeave516Point5Short() {
		List<Finding> listed = findings(Seeds.PINGXIANG_2020, "text.listed-parts");
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).part()).isEqualTo("assets");
		assertThat(listed.get(0).expected()).isEqualTo("1,278.00万元");
		assertThat(listed.get(0).actual()).isEqualTo("1,794.50万元");
		assertThat(listed.get(0).args()).contains("516.50万元");
		assertThat((String) listed.get(0).args().get(0)).contains("新增固定资产总额为1794.5万元，其中公安局761.5万元");
	}

	@Test
	void seed002ExplainsAnIncreaseWithComponentsThatAddUpToADecrease() {
		List<Finding> components = findings(Seeds.WEIXIAN_2020, "text.change-components");
		assertThat(components).hasSize(1);
		assertThat(components.get(0).part()).isEqualTo("overview");
		assertThat(components.get(0).expected()).isEqualTo("-177.00万元");
		assertThat(components.get(0).actual()).isEqualTo("1,586.57万元");
		List<Finding> direction = findings(Seeds.WEIXIAN_2020, "text.change-direction");
		assertThat(direction).hasSize(1);
		assertThat(direction.get(0).part()).isEqualTo("overview");
		assertThat(direction.get(0).expected()).isEqualTo("-881.78万元");
		assertThat(direction.get(0).actual()).isEqualTo("项目经费增加主要原因是");
	}

	@Test
	void theSeedsRaiseNoErrorBesidesTheirRealMistakes() {
		assertThat(errors(Seeds.ZHAOXIAN_2017)).containsExactlyInAnyOrder("text.listed-parts@overview",
				"text.change-components@overview", "indicator.direction@performance");
		assertThat(errors(Seeds.PINGXIANG_2020)).containsExactlyInAnyOrder("text.listed-parts@assets",
				"figure.operating-funds@operating_funds", "indicator.direction@performance");
		assertThat(errors(Seeds.WEIXIAN_2020)).containsExactlyInAnyOrder("text.change-components@overview",
				"text.change-direction@overview", "indicator.direction@performance");
	}

}
