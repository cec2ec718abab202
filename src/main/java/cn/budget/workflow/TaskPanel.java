package cn.budget.workflow;

import cn.budget.content.DisclosureContent;
import java.util.Map;

import cn.budget.disclosure.EditorExtension;
import cn.budget.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * On the drafting page, the drafter's open task on this disclosure and its submit form,
 * or the button that starts a correction of a published disclosure.
 */
@Component
class TaskPanel implements EditorExtension {

	private final Inbox inbox;

	private final Corrections corrections;

	private final TaskForms forms;

	TaskPanel(Inbox inbox, Corrections corrections, TaskForms forms) {
		this.forms = forms;
		this.inbox = inbox;
		this.corrections = corrections;
	}

	@Override
	public Map<String, Object> model(Actor actor, DisclosureContent document) {
		if (corrections.mayStart(actor, document)) {
			return Map.of("correctionAllowed", true);
		}
		return inbox.tasksOf(actor, document.id())
			.stream()
			.filter(t -> forms.of(t).page() == TaskForm.Page.EDITOR)
			.filter(t -> t.assignee() == null || t.assignee().equals(actor.username()))
			.findFirst()
			.<Map<String, Object>>map(t -> Map.of("editorTask", t, "editorForm", forms.of(t)))
			.orElse(Map.of());
	}

}
