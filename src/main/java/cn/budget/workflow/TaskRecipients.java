package cn.budget.workflow;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.budget.identity.Role;
import cn.budget.identity.Substitutes;
import cn.budget.identity.UserInfo;
import org.springframework.stereotype.Component;

/**
 * The people a task is for: its assignee (and their substitute while they are away), or
 * every user of its candidate roles who may act on it (the same rules as the inbox).
 */
@Component
class TaskRecipients {

	private final DirectoryMemo directory;

	private final Substitutes substitutes;

	TaskRecipients(DirectoryMemo directory, Substitutes substitutes) {
		this.directory = directory;
		this.substitutes = substitutes;
	}

	List<String> of(TaskAccess.Facts task) {
		if (task.assignee() != null) {
			// A claimed task is the assignee's, and their substitute's while they are
			// away.
			Set<String> people = new LinkedHashSet<>(List.of(task.assignee()));
			people.addAll(substitutes.substitutesOf(people));
			return List.copyOf(people);
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
