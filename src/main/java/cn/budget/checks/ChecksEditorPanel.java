package cn.budget.checks;

import java.util.Map;

import cn.budget.content.DisclosureContent;
import cn.budget.disclosure.EditorExtension;
import cn.budget.identity.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On the drafting page, the part's findings with links to their cells. They are computed
 * from the content the page has already read, so a finding travels from its rule to the
 * highlighted cell without a second read of the disclosure; the page includes what
 * {@link EditorChecks} names. Checks that fail must not take the drafter's page with
 * them: the page then comes without findings and its script asks the panel's route, which
 * shows the failure in the panel.
 */
@Component
class ChecksEditorPanel implements EditorExtension {

	private static final Logger log = LoggerFactory.getLogger(ChecksEditorPanel.class);

	private final DisclosureChecks checks;

	ChecksEditorPanel(DisclosureChecks checks) {
		this.checks = checks;
	}

	@Override
	public Map<String, Object> model(Actor actor, DisclosureContent document) {
		EditorChecks panel;
		try {
			panel = EditorChecks.of(document.id(), checks.check(document));
		}
		catch (RuntimeException ex) {
			log.warn("Checks of disclosure {} failed on the drafting page", document.id(), ex);
			panel = EditorChecks.unavailable(document.id());
		}
		return Map.of("editorChecks", panel);
	}

}
