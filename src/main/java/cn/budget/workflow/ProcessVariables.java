package cn.budget.workflow;

import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process variables of a disclosure's route: ids and routing flags only.
 */
record ProcessVariables(Long disclosureId, String departmentCode, Long roundId) {

	static final String DISCLOSURE_ID = "disclosureId";

	static final String DEPARTMENT_CODE = "departmentCode";

	static final String ROUND_ID = "roundId";

	static final String NEEDS_SIGN_OFF = "needsSignOff";

	static final String DECISION = "decision";

	static ProcessVariables of(VariableScope scope) {
		return new ProcessVariables(((Number) scope.getVariable(DISCLOSURE_ID)).longValue(),
				(String) scope.getVariable(DEPARTMENT_CODE), ((Number) scope.getVariable(ROUND_ID)).longValue());
	}

	Map<String, Object> asMap() {
		return Map.of(DISCLOSURE_ID, disclosureId, DEPARTMENT_CODE, departmentCode, ROUND_ID, roundId);
	}

}
