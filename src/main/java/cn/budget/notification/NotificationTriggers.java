package cn.budget.notification;

import java.time.Instant;
import java.util.List;

import cn.budget.disclosure.DisclosureEvent;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureSummary;
import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import cn.budget.identity.UserInfo;
import cn.budget.shared.MessageCode;
import cn.budget.workflow.DeadlineApproaching;
import cn.budget.workflow.DeadlineMissed;
import cn.budget.workflow.Deadlines;
import cn.budget.workflow.TaskCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of what: a new task its candidates, a return the department's drafters, a
 * reminder and an escalation the people the route waits for (and the supervisors).
 */
@Component
class NotificationTriggers {

	private final Notifications notifications;

	private final DisclosureQueries disclosures;

	private final Directory directory;

	private final Deadlines deadlines;

	NotificationTriggers(Notifications notifications, DisclosureQueries disclosures, Directory directory,
			Deadlines deadlines) {
		this.notifications = notifications;
		this.disclosures = disclosures;
		this.directory = directory;
		this.deadlines = deadlines;
	}

	@EventListener
	void on(TaskCreated e) {
		notifications.notify(e.recipients(), NotificationKind.NEW_TASK, e.disclosureId(), e.taskId(), "mail.newTask",
				title(e.disclosureId()), new MessageCode("task." + e.taskKey()), date(e.due()));
	}

	@EventListener
	void on(DisclosureEvent.Returned e) {
		DisclosureSummary disclosure = disclosures.summaryOf(e.disclosureId()).orElseThrow();
		List<String> drafters = directory.usersFor(Role.DRAFTER, disclosure.departmentCode())
			.stream()
			.filter(u -> u.actor().mainUnit())
			.map(UserInfo::username)
			.toList();
		notifications.notify(drafters, NotificationKind.RETURNED, e.disclosureId(), null, "mail.returned",
				disclosure.title(), e.reason() == null ? "" : e.reason());
	}

	@EventListener
	void on(DeadlineApproaching e) {
		notifications.notify(e.recipients(), NotificationKind.REMINDER, e.disclosureId(), null, "mail.reminder",
				title(e.disclosureId()), date(e.due()));
	}

	@EventListener
	void on(DeadlineMissed e) {
		notifications.notify(e.recipients(), NotificationKind.ESCALATION, e.disclosureId(), null, "mail.escalation",
				title(e.disclosureId()), date(e.due()));
	}

	private String title(Long disclosureId) {
		return disclosureId == null ? "" : disclosures.summaryOf(disclosureId).map(DisclosureSummary::title).orElse("");
	}

	private String date(Instant due) {
		return due == null ? "" : deadlines.lastDayOf(due).toString();
	}

}
