package cn.budget.workflow;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the {@code disclosure-review} process for a disclosure and reads its history.
 * The disclosure's id is the process instance's business key.
 */
@Service
@Transactional
public class ReviewProcess {

	private final RuntimeService runtime;

	private final HistoryService history;

	private final RepositoryService repository;

	ReviewProcess(RuntimeService runtime, HistoryService history, RepositoryService repository) {
		this.runtime = runtime;
		this.history = history;
		this.repository = repository;
	}

	/** Starts the route of a disclosure; returns the process instance id. */
	public String start(long disclosureId, String departmentCode, long roundId) {
		return start(latestDefinition(), disclosureId, departmentCode, roundId);
	}

	/**
	 * Starts the route of a disclosure by the given version of the process, e.g. the one
	 * a round's opening read once for all its departments (by key, the engine queries the
	 * newest version on every start).
	 */
	public String start(String definitionId, long disclosureId, String departmentCode, long roundId) {
		ProcessInstance instance = runtime.startProcessInstanceById(definitionId, String.valueOf(disclosureId),
				new ProcessVariables(disclosureId, departmentCode, roundId).asMap());
		return instance.getId();
	}

	/** The id of the newest deployed version of the route. */
	public String latestDefinition() {
		return repository.createProcessDefinitionQuery()
			.processDefinitionKey(TaskKeys.PROCESS)
			.latestVersion()
			.singleResult()
			.getId();
	}

	/** The running route of a disclosure, if any. */
	@Transactional(readOnly = true)
	public Optional<String> runningInstanceOf(long disclosureId) {
		return runtime.createProcessInstanceQuery()
			.processDefinitionKey(TaskKeys.PROCESS)
			.processInstanceBusinessKey(String.valueOf(disclosureId))
			.list()
			.stream()
			.findFirst()
			.map(ProcessInstance::getId);
	}

	/**
	 * What the engine recorded for the disclosure's routes: each activity with its start
	 * and end.
	 */
	@Transactional(readOnly = true)
	public List<ProcessStep> historyOf(long disclosureId) {
		List<String> instances = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(disclosureId))
			.list()
			.stream()
			.map(HistoricProcessInstance::getId)
			.toList();
		if (instances.isEmpty()) {
			return List.of();
		}
		return instances.stream()
			.flatMap(instance -> history.createHistoricActivityInstanceQuery()
				.processInstanceId(instance)
				.orderByHistoricActivityInstanceStartTime()
				.asc()
				.list()
				.stream())
			.filter(a -> a.getActivityName() != null)
			.map(ReviewProcess::step)
			.sorted(java.util.Comparator.comparing(ProcessStep::started))
			.toList();
	}

	private static ProcessStep step(HistoricActivityInstance a) {
		return new ProcessStep(a.getActivityId(), a.getActivityName(), a.getActivityType(), a.getAssignee(),
				a.getStartTime().toInstant(), a.getEndTime() == null ? null : a.getEndTime().toInstant(),
				a.isCanceled());
	}

}
