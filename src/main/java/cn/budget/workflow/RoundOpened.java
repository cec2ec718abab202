package cn.budget.workflow;

import java.util.List;

/**
 * An opened round: one disclosure and one running route per department.
 */
public record RoundOpened(Long id, List<Started> disclosures) {

	/** One department's disclosure and the process instance of its route. */
	public record Started(Long id, String departmentCode, String processInstanceId) {
	}

}
