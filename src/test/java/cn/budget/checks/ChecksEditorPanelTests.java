package cn.budget.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.util.List;

import cn.budget.content.DisclosureContent;
import org.junit.jupiter.api.Test;

/**
 * The drafting page's checks: the findings come with the page, and checks that fail leave
 * the page without findings (its script then asks the panel's route) instead of failing
 * the page.
 */
class ChecksEditorPanelTests {

	private final DisclosureChecks checks = mock(DisclosureChecks.class);

	private final DisclosureContent content = mock(DisclosureContent.class);

	@Test
	void theFindingsComeWithThePage() {
		given(content.id()).willReturn(7L);
		given(checks.check(content)).willReturn(List.of());
		EditorChecks panel = (EditorChecks) new ChecksEditorPanel(checks).model(null, content).get("editorChecks");
		assertThat(panel.available()).isTrue();
		assertThat(panel.forPart("assets")).isEmpty();
		assertThat(panel.template()).isEqualTo("checks/panel");
	}

	@Test
	void checksThatFailLeaveThePageWithoutFindings() {
		given(content.id()).willReturn(7L);
		given(checks.check(content)).willThrow(new IllegalStateException("a rule's data is broken"));
		EditorChecks panel = (EditorChecks) new ChecksEditorPanel(checks).model(null, content).get("editorChecks");
		assertThat(panel.available()).isFalse();
		assertThat(panel.path("assets")).isEqualTo("/disclosures/7/checks/panel?part=assets");
	}

}
