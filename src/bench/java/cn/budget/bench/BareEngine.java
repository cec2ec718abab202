package cn.budget.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;

/**
 * The bare Camunda engine (standalone configuration, history full, job executor off) running the
 * product's own {@code bpmn/disclosure-review.bpmn}, its beans replaced by plain Java stubs: the
 * same user tasks per instance as the product's route of an empty disclosure (县公安局's two
 * sub-unit contributions, then draft, sign-off, review and publication; 县教育局's without
 * contributions), each one queried, claimed and completed.
 */
final class BareEngine implements AutoCloseable {

	private static final String PROCESS = "disclosure-review";

	private final ProcessEngine engine;

	BareEngine(String jdbcUrl, String user, String password) {
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setJdbcUrl(jdbcUrl);
		configuration.setJdbcUsername(user);
		configuration.setJdbcPassword(password);
		configuration.setJdbcDriver(jdbcUrl.startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver");
		configuration.setJdbcMaxActiveConnections(10);
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setJobExecutorActivate(false);
		configuration.setBeans(new HashMap<>(Map.of("deadlines", new Deadlines(), "subUnits", new SubUnits(),
				"taskRouting", new TaskRouting(), "deadlineNotices", new Object())));
		engine = configuration.buildProcessEngine();
		engine.getRepositoryService().createDeployment().addClasspathResource("bpmn/disclosure-review.bpmn")
			.enableDuplicateFiltering(true).deploy();
	}

	/** Starts one instance per department code, as a round would; answers the instances' ids. */
	List<String> open(List<String> departments, long roundId) {
		List<String> instances = new ArrayList<>();
		for (String department : departments) {
			long disclosure = instances.size() + roundId * 100_000;
			instances.add(engine.getRuntimeService().startProcessInstanceByKey(PROCESS, String.valueOf(disclosure),
					Map.of("disclosureId", disclosure, "departmentCode", department, "roundId", roundId)).getId());
		}
		return instances;
	}

	/** Queries, claims and completes the instance's tasks in order until none is left; answers how many. */
	int route(String instance) {
		TaskService tasks = engine.getTaskService();
		int done = 0;
		for (List<Task> open = next(tasks, instance); !open.isEmpty(); open = next(tasks, instance)) {
			Task task = open.get(0);
			tasks.claim(task.getId(), "bench-" + task.getTaskDefinitionKey());
			tasks.complete(task.getId(), decision(task.getTaskDefinitionKey()));
			done++;
		}
		return done;
	}

	private static List<Task> next(TaskService tasks, String instance) {
		return tasks.createTaskQuery().processInstanceId(instance).active().orderByTaskCreateTime().asc().listPage(0, 1);
	}

	private static Map<String, Object> decision(String taskKey) {
		return switch (taskKey) {
			case "Task_ContributeSubUnit" -> Map.of();
			case "Task_DraftDisclosure" -> Map.of("needsSignOff", true, "decision", "SUBMIT");
			default -> Map.of("decision", "APPROVE");
		};
	}

	@Override
	public void close() {
		engine.close();
	}

	/** {@code ${deadlines.dueOf(roundId)}}: 20 days from now; the timers never fire (job executor off). */
	public static final class Deadlines {

		public Date dueOf(Object roundId) {
			return Date.from(Instant.now().plus(Duration.ofDays(20)));
		}

		public Date reminderOf(Object roundId) {
			return Date.from(Instant.now().plus(Duration.ofDays(15)));
		}

	}

	/** {@code ${subUnits.codesOf(departmentCode)}}: the demo organisation's staffed sub-units. */
	public static final class SubUnits {

		public List<String> codesOf(String departmentCode) {
			return "312".equals(departmentCode) ? List.of("312006", "312005") : List.of();
		}

	}

	/** The product's task listener in plain Java: the contribution task carries its unit. */
	public static final class TaskRouting implements TaskListener {

		@Override
		public void notify(DelegateTask task) {
			Object unit = task.getExecution().getVariableLocal("unitCode");
			if (unit != null) {
				task.setVariableLocal("unitCode", unit);
			}
		}

	}

}
