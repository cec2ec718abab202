package cn.budget.workflow;

import java.util.List;

import cn.budget.identity.Directory;
import cn.budget.identity.UnitInfo;
import org.springframework.stereotype.Component;

/**
 * The sub-units of a department, one contribution task each ({@code ${subUnits.codesOf(..)}}).
 */
@Component("subUnits")
public class SubUnits {

	private final Directory directory;

	SubUnits(Directory directory) {
		this.directory = directory;
	}

	public List<String> codesOf(String departmentCode) {
		return directory.unitsOf(departmentCode).stream().filter(u -> !u.mainUnit()).map(UnitInfo::code).toList();
	}

}
