package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import cn.budget.disclosure.Disclosures;
import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.content.DisclosureContent;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.content.DisclosureState;
import cn.budget.disclosure.DisclosureSummary;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.RowContent;
import cn.budget.exchange.copyforward.DisclosureCopyForward;
import cn.budget.exchange.copyforward.NothingToCopyException;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The demo organisation starts with 县公安局's published disclosure of last year (imported
 * from seed 001); this year's is copied forward from it.
 */
@IntegrationTest
class CopyForwardIntegrationTests {

	// The test clock stands in 2026; the demo disclosure is last year's.
	static final int THIS_YEAR = 2026;

	@Autowired
	DisclosureCopyForward copyForward;

	@Autowired
	DisclosureQueries queries;

	@Autowired
	DisclosureVersions versions;

	@Autowired
	Directory directory;

	@Test
	void theDemoOrganisationHoldsLastYearsPublishedDisclosureOfThePoliceBureau() {
		List<DisclosureSummary> last = queries.list(Actor.SYSTEM, THIS_YEAR - 1, "312");
		assertThat(last).singleElement().satisfies(d -> {
			assertThat(d.state()).isEqualTo(DisclosureState.PUBLISHED);
			assertThat(d.title()).isEqualTo("平乡县公安局2025年部门预算信息公开");
		});
		DisclosureContent published = versions.latestPublished("312", "BUDGET", THIS_YEAR - 1).orElseThrow();
		assertThat(published.part("performance").orElseThrow().tables("project_performance")).hasSize(36);
	}

	@Test
	void thisYearsFiguresOfLastYearBecomeLastYearsFiguresOfThisYear() {
		Actor drafter = directory.actorOf("drafter-ga").orElseThrow();
		DisclosureDocument created = Disclosures
			.document(queries.content(drafter, copyForward.copyForward(drafter, "312", THIS_YEAR, "BUDGET").id()));

		assertThat(created.getTitle()).isEqualTo("平乡县公安局2026年部门预算信息公开");
		assertThat(created.getState()).isEqualTo(DisclosureState.DRAFT);
		RowContent revenue = row(created, "overview", "budget_overview", "revenue_general");
		assertThat(revenue.text("previous")).isEqualTo("8319.42");
		assertThat(revenue.text("current")).isNull();
		RowContent total = row(created, "three_public", "three_public", "total");
		assertThat(total.text("previous")).isEqualTo("55.05");
		assertThat(total.text("current")).isNull();
		assertThat(total.text("change")).as("the change depended on this year's figure").isNull();
		var funds = created.part("operating_funds").orElseThrow().getFields();
		assertThat(funds.get("operating_funds_previous").getValue()).isEqualTo("0.06572");
		assertThat(funds.get("operating_funds_amount")).isNull();
		assertThat(created.part("duties").orElseThrow().getFields().get("duties_intro").getValue())
			.startsWith("根据《公安局职能配置");
		assertThat(created.part("performance").orElseThrow().tables("project_performance")).hasSize(36);
	}

	@Test
	void withoutAPublishedDisclosureLastYearThereIsNothingToCopy() {
		Actor drafter = directory.actorOf("drafter-ga").orElseThrow();
		assertThatThrownBy(() -> copyForward.copyForward(drafter, "312", Years.next(), "BUDGET"))
			.isInstanceOf(NothingToCopyException.class);
		Actor other = directory.actorOf("drafter-jy").orElseThrow();
		assertThatThrownBy(() -> copyForward.copyForward(other, "312", THIS_YEAR, "BUDGET"))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static RowContent row(DisclosureDocument document, String part, String table, String key) {
		return document.part(part)
			.orElseThrow()
			.tables(table)
			.get(0)
			.getRows()
			.stream()
			.filter(r -> key.equals(r.getKey()))
			.findFirst()
			.orElseThrow();
	}

}
