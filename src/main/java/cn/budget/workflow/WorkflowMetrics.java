package cn.budget.workflow;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The route's metrics: {@code disclosure.tasks.completed}, by step (the BPMN task key)
 * and decision.
 */
@Component
class WorkflowMetrics {

	static final String TASKS_COMPLETED = "disclosure.tasks.completed";

	private final MeterRegistry registry;

	WorkflowMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Counts a completed task once its transaction has committed: a refused or failed one
	 * is no step.
	 */
	void completed(String taskKey, Decision decision) {
		Counter counter = Counter.builder(TASKS_COMPLETED)
			.description("Tasks of the disclosure route completed, by step and decision")
			.tag("step", taskKey)
			.tag("decision", decision.name())
			.register(registry);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					counter.increment();
				}
			});
		}
		else {
			counter.increment();
		}
	}

}
