package cn.budget.workflow;

import java.util.Map;

import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.EditorExtension;
import cn.budget.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * On the drafting page, the drafter's open task on this disclosure and its submit form, or the
 * button that starts a correction of a published disclosure.
 */
@Component
class TaskPanel implements EditorExtension {

	private final Inbox inbox;

	private final Corrections corrections;

	TaskPanel(Inbox inbox, Corrections corrections) {
		this.inbox = inbox;
		this.corrections = corrections;
	}

	@Override
	public Map<String, Object> model(Actor actor, DisclosureDocument document) {
		if (corrections.mayStart(actor, document)) {
			return Map.of("correctionAllowed", true);
		}
		return inbox.tasksOf(actor, document.getId())
			.stream()
			.filter(t -> t.taskKey().equals(TaskKeys.DRAFT) || t.taskKey().equals(TaskKeys.CONTRIBUTE))
			.filter(t -> t.assignee() == null || t.assignee().equals(actor.username()))
			.findFirst()
			.<Map<String, Object>>map(t -> Map.of("editorTask", t))
			.orElse(Map.of());
	}

}
