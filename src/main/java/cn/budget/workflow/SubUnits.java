package cn.budget.workflow;

import java.util.List;

import java.util.Set;
import java.util.stream.Collectors;

import cn.budget.identity.Role;
import cn.budget.identity.UnitInfo;
import org.springframework.stereotype.Component;

/**
 * The sub-units of a department, one contribution task each
 * ({@code ${subUnits.codesOf(..)}}).
 */
@Component("subUnits")
public class SubUnits {

	private final DirectoryMemo directory;

	SubUnits(DirectoryMemo directory) {
		this.directory = directory;
	}

	/**
	 * The sub-units that contribute: those with at least one drafter, so that no
	 * contribution task waits for somebody who does not exist.
	 */
	public List<String> codesOf(String departmentCode) {
		Set<String> staffed = directory.usersFor(Role.DRAFTER, departmentCode)
			.stream()
			.map(u -> u.actor().unitCode())
			.collect(Collectors.toSet());
		return directory.unitsOf(departmentCode)
			.stream()
			.filter(u -> !u.mainUnit() && staffed.contains(u.code()))
			.map(UnitInfo::code)
			.toList();
	}

}
