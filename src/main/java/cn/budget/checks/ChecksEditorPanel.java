package cn.budget.checks;

import java.util.Map;

import cn.budget.content.DisclosureContent;
import cn.budget.disclosure.EditorExtension;
import cn.budget.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * On the drafting page, the part's findings with links to their cells. They are computed
 * from the content the page has already read, so a finding travels from its rule to the
 * highlighted cell without a second read of the disclosure and without the drafting page
 * knowing the checks.
 */
@Component
class ChecksEditorPanel implements EditorExtension {

	private final DisclosureChecks checks;

	ChecksEditorPanel(DisclosureChecks checks) {
		this.checks = checks;
	}

	@Override
	public Map<String, Object> model(Actor actor, DisclosureContent document) {
		return Map.of("editorChecks", EditorChecks.of(document.id(), checks.check(document)));
	}

}
