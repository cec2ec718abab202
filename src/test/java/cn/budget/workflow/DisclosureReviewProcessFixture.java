package cn.budget.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the tests of the {@code disclosure-review} process on its own share: the engine,
 * the small fixed test doubles that replace the beans the BPMN names (the application's
 * integration tests use the real ones), and an instance brought to a given task.
 */
abstract class DisclosureReviewProcessFixture {

	/**
	 * The engine of the test classes, each registering its own: after its class the
	 * extension lets go of the engine's services, so one instance cannot serve two.
	 */
	static ProcessEngineExtension newEngine() {
		return ProcessEngineExtension.builder().configurationResource("process-tests.camunda.cfg.xml").build();
	}

	static final Instant OPENED = Instant.parse("2026-03-02T01:00:00Z");

	static final Instant REMIND = Instant.parse("2026-03-17T16:00:00Z");

	static final Instant DUE = Instant.parse("2026-03-22T16:00:00Z");

	final RecordingNotices notices = new RecordingNotices();

	final FixedSubUnits subUnits = new FixedSubUnits(List.of("312005", "312006"));

	@BeforeEach
	void registerBeans(ProcessEngine processEngine) {
		init(processEngine);
		ClockUtil.setCurrentTime(Date.from(OPENED));
		Mocks.register("deadlines", new FixedDeadlines());
		Mocks.register("subUnits", subUnits);
		Mocks.register("taskRouting", new TaskRouting());
		Mocks.register("deadlineNotices", notices);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey("disclosure-review", "7",
				withVariables("disclosureId", 7L, "departmentCode", "312", "roundId", 3L));
	}

	ProcessInstance atDraft() {
		subUnits.codes = List.of();
		return start();
	}

	ProcessInstance atLeader() {
		ProcessInstance instance = atDraft();
		complete(task(instance), withVariables("needsSignOff", true));
		return instance;
	}

	ProcessInstance atReview() {
		ProcessInstance instance = atLeader();
		complete(task(instance), withVariables("decision", "APPROVE"));
		return instance;
	}

	Job timer(String activityId) {
		return managementService().createJobQuery().activityId(activityId).singleResult();
	}

	/** The round's deadlines, fixed. */
	public static class FixedDeadlines {

		public Date dueOf(Long roundId) {
			return Date.from(DUE);
		}

		public Date reminderOf(Long roundId) {
			return Date.from(REMIND);
		}

	}

	/** A department's sub-units, fixed. */
	public static class FixedSubUnits {

		List<String> codes;

		FixedSubUnits(List<String> codes) {
			this.codes = codes;
		}

		public List<String> codesOf(String departmentCode) {
			return codes;
		}

	}

	/** Records which disclosures were reminded or escalated. */
	public static class RecordingNotices {

		final List<Long> reminded = new ArrayList<>();

		final List<Long> escalated = new ArrayList<>();

		public void remind(DelegateExecution execution) {
			reminded.add((Long) execution.getVariable("disclosureId"));
		}

		public void escalate(DelegateExecution execution) {
			escalated.add((Long) execution.getVariable("disclosureId"));
		}

	}

}
