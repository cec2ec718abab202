package cn.budget.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import cn.budget.identity.UnitInfo;
import cn.budget.identity.UserInfo;
import org.springframework.stereotype.Component;

/**
 * The organisation as the route's start reads it: while a department's route starts
 * ({@link #remembering}), the sub-units' expression and each new task's recipients ask
 * for the same department's drafters and units, so they are read once per start instead
 * of once per question. Nothing changes the organisation within one start; outside of it
 * every question goes to the {@link Directory}.
 */
@Component
class DirectoryMemo {

	private static final ThreadLocal<Map<String, Object>> ANSWERS = new ThreadLocal<>();

	private final Directory directory;

	DirectoryMemo(Directory directory) {
		this.directory = directory;
	}

	/** Runs the work with the answers remembered until it returns. */
	<T> T remembering(Supplier<T> work) {
		if (ANSWERS.get() != null) {
			return work.get();
		}
		ANSWERS.set(new HashMap<>());
		try {
			return work.get();
		}
		finally {
			ANSWERS.remove();
		}
	}

	List<UserInfo> usersFor(Role role, String departmentCode) {
		return answer("users:" + role + ":" + departmentCode, () -> directory.usersFor(role, departmentCode));
	}

	List<UnitInfo> unitsOf(String departmentCode) {
		return answer("units:" + departmentCode, () -> directory.unitsOf(departmentCode));
	}

	@SuppressWarnings("unchecked")
	private <T> T answer(String question, Supplier<T> read) {
		Map<String, Object> answers = ANSWERS.get();
		return answers == null ? read.get() : (T) answers.computeIfAbsent(question, q -> read.get());
	}

}
