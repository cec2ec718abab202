package cn.budget.workflow;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import cn.budget.identity.UserInfo;
import org.springframework.stereotype.Component;

/**
 * The people a task is for: its assignee, or every user of its candidate roles who may act on it
 * (the same rules as the inbox).
 */
@Component
class TaskRecipients {

	private final Directory directory;

	TaskRecipients(Directory directory) {
		this.directory = directory;
	}

	List<String> of(TaskAccess.Facts task) {
		if (task.assignee() != null) {
			return List.of(task.assignee());
		}
		Set<String> recipients = new LinkedHashSet<>();
		for (String group : task.candidateGroups()) {
			if (Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(group))) {
				continue;
			}
			directory.usersFor(Role.valueOf(group), task.departmentCode())
				.stream()
				.filter(user -> !user.actor().is(Role.ADMIN) && TaskAccess.canAct(user.actor(), task))
				.map(UserInfo::username)
				.forEach(recipients::add);
		}
		return List.copyOf(recipients);
	}

}
