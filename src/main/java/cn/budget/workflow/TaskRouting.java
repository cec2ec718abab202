package cn.budget.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Marks a sub-unit's contribution task with its unit, so that the inbox offers it to that
 * unit's drafters only (the multi-instance element variable is not visible to task
 * queries).
 */
@Component("taskRouting")
public class TaskRouting implements TaskListener {

	static final String UNIT_CODE = "unitCode";

	@Override
	public void notify(DelegateTask task) {
		Object unit = task.getExecution().getVariableLocal(UNIT_CODE);
		if (unit != null) {
			task.setVariableLocal(UNIT_CODE, unit);
		}
	}

}
