package cn.budget.content;

import cn.budget.content.ContentAddress.MalformedAddressException;
import cn.budget.content.ContentAddress.Ref;
import cn.budget.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentAddressTests {

	@Test
	void everyKindHasOneTextFormThatReadsBack() {
		assertRoundTrip(ContentAddress.part("overview"), "overview");
		assertRoundTrip(ContentAddress.field("overview", "overview_text"), "overview:field:overview_text");
		assertRoundTrip(ContentAddress.table("overview", Ref.at(0)), "overview:table:0");
		assertRoundTrip(ContentAddress.table("overview", Ref.id(12)), "overview:table:~12");
		assertRoundTrip(ContentAddress.table("performance", Ref.key("project_performance", 1)),
				"performance:table:project_performance.1");
		assertRoundTrip(ContentAddress.header("overview", Ref.at(1), "note"), "overview:table:1:field:note");
		assertRoundTrip(ContentAddress.row("procurement", Ref.id(7), Ref.id(42)), "procurement:table:~7:row:~42");
		assertRoundTrip(ContentAddress.row("overview", Ref.at(0), Ref.at(3)), "overview:table:0:row:3");
		assertRoundTrip(
				ContentAddress.cell("overview", Ref.key("budget_overview"), Ref.key("revenue_total"), "current"),
				"overview:table:budget_overview:row:revenue_total:column:current");
		assertRoundTrip(ContentAddress.cell("overview", Ref.at(0), Ref.at(3), "amount"),
				"overview:table:0:row:3:column:amount");
	}

	@Test
	void theDraftingPageNamesPlacesByPosition() {
		assertThat(ContentAddress.part("overview").elementId()).isNull();
		assertThat(ContentAddress.field("other", "other_text").elementId()).isEqualTo("f-other_text");
		assertThat(ContentAddress.table("x", Ref.at(1)).elementId()).isEqualTo("table-1");
		assertThat(ContentAddress.header("x", Ref.at(1), "note").elementId()).isEqualTo("h-1-note");
		assertThat(ContentAddress.cell("x", Ref.at(0), Ref.at(3), "amount").elementId()).isEqualTo("c-0-3-amount");
		assertThat(ContentAddress.cell("x", Ref.id(5), Ref.at(3), "amount").elementId()).isNull();
	}

	@Test
	void oneLevelUpIsTheRowTableOrPart() {
		ContentAddress cell = ContentAddress.parse("p:table:~1:row:~2:column:c");
		assertThat(cell.parent()).hasToString("p:table:~1:row:~2");
		assertThat(cell.parent().parent()).hasToString("p:table:~1");
		assertThat(cell.parent().parent().parent()).hasToString("p");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", ":", "overview:", "overview:table", "overview:row:1", "overview:table:0:column:a",
			"overview:table:0:row:1:field:f", "overview:field:a:field:b", "overview:table:-1", "overview:table:~x",
			"overview:table:a.b", "over view", "overview:cell:1", "overview:table:0:row:1:column:a:column:b",
			"overview:table:99999999999", "<script>", "overview:field:a/b" })
	void malformedTextIsRefusedAsInvalidInput(String text) {
		assertThatThrownBy(() -> ContentAddress.parse(text)).isInstanceOf(MalformedAddressException.class)
			.satisfies(e -> assertThat(((DomainException) e).getKind()).isEqualTo(DomainException.Kind.INVALID))
			.satisfies(e -> assertThat(((DomainException) e).getMessageKey()).isEqualTo("error.address"));
	}

	@Test
	void partsThatDoNotMakeAnAddressAreRefused() {
		assertThatThrownBy(() -> ContentAddress.row("p", null, Ref.at(0)))
			.isInstanceOf(MalformedAddressException.class);
		assertThatThrownBy(() -> new Ref(1, 2L, null, 0)).isInstanceOf(MalformedAddressException.class);
		assertThatThrownBy(() -> Ref.key("1abc")).isInstanceOf(MalformedAddressException.class);
		assertThatThrownBy(() -> ContentAddress.part(null)).isInstanceOf(MalformedAddressException.class);
	}

	private static void assertRoundTrip(ContentAddress address, String text) {
		assertThat(address).hasToString(text);
		assertThat(ContentAddress.parse(text)).isEqualTo(address);
		assertThat(text).matches("[A-Za-z0-9_~.:-]+");
	}

}
