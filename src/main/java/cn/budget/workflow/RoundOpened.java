package cn.budget.workflow;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An opened round: one disclosure and one running route per department — all of them when
 * the round was opened within the request, none yet when it opens in the background.
 */
public record RoundOpened(Long id, List<Started> disclosures, @JsonIgnore boolean inBackground) {

	/** One department's disclosure and the process instance of its route. */
	public record Started(Long id, String departmentCode, String processInstanceId) {
	}

}
