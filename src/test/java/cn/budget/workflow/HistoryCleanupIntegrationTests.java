package cn.budget.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import cn.budget.IntegrationTest;
import cn.budget.audit.AuditTrail;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.Disclosures;
import cn.budget.disclosure.VersionInfo;
import cn.budget.identity.Actor;
import cn.budget.publication.PublishedFiles;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Camunda's history cleanup is scheduled nightly and removes a finished route's history
 * only once the retention is over, here twelve years (longer than the BPMN's ten); the
 * disclosure's audit chain and its published files stay. A context of its own, since the
 * cleanup runs years ahead.
 */
@IntegrationTest
@TestPropertySource(properties = "app.retention-years=12")
class HistoryCleanupIntegrationTests {

	static final Instant FINISHED = Instant.parse("2026-03-05T02:00:00Z");

	static final Duration RETENTION = Duration.ofDays(4383);

	@Autowired
	Routes routes;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	RepositoryService repository;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RetentionPlugin retention;

	@Autowired
	AuditTrail audit;

	@Autowired
	PublishedFiles files;

	@Autowired
	DisclosureVersions versions;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theCleanupIsScheduledInTheNightlyWindow() {
		List<Job> jobs = history.findHistoryCleanupJobs();
		assertThat(jobs).isNotEmpty().allSatisfy(job -> {
			LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
			assertThat(!due.isBefore(LocalTime.of(22, 0)) || due.isBefore(LocalTime.of(6, 0))).as(due.toString())
				.isTrue();
		});
	}

	@Test
	void aFinishedRouteKeepsItsHistoryUntilTheRetentionEndsAndOurRecordsForever() {
		ClockUtil.setCurrentTime(Date.from(FINISHED));
		RoundOpened round = routes.open("305");
		long id = round.disclosures().get(0).id();
		String instance = round.disclosures().get(0).processInstanceId();
		routes.write("drafter-jy", id, Disclosures::wholeBudgetDisclosure);
		routes.submitSignReviewPublish("drafter-jy", "leader-jy", id, null);
		HistoricProcessInstance finished = history.createHistoricProcessInstanceQuery()
			.processInstanceId(instance)
			.singleResult();
		assertThat(finished.getEndTime().toInstant()).isEqualTo(FINISHED);
		assertThat(finished.getRemovalTime().toInstant()).isEqualTo(FINISHED.plus(RETENTION));
		AuditTrail.Checked chain = audit.checked(Actor.SYSTEM, id);
		List<ByteBuffer> published = publishedFiles(id);

		cleanUpAt(FINISHED.plus(RETENTION).minus(Duration.ofDays(1)));
		assertThat(historyOf(instance)).as("history a day before the retention ends").isPositive();

		cleanUpAt(FINISHED.plus(RETENTION).plus(Duration.ofDays(1)));
		assertThat(historyOf(instance)).as("history a day after the retention ended").isZero();
		assertThat(audit.checked(Actor.SYSTEM, id)).isEqualTo(chain);
		assertThat(chain.verification().intact()).isTrue();
		assertThat(publishedFiles(id)).isEqualTo(published).isNotEmpty();
	}

	@Test
	void definitionsDeployedWithAShorterLiveGetTheRetention() {
		ProcessDefinition definition = repository.createProcessDefinitionQuery()
			.processDefinitionKey("disclosure-review")
			.latestVersion()
			.singleResult();
		repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), 3653);
		retention.postProcessEngineBuild(engine);
		assertThat(repository.getProcessDefinition(definition.getId()).getHistoryTimeToLive()).isEqualTo(4383);
	}

	private void cleanUpAt(Instant now) {
		ClockUtil.setCurrentTime(Date.from(now));
		Job job = history.cleanUpHistoryAsync(true);
		management.executeJob(job.getId());
	}

	private long historyOf(String instance) {
		return history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()
				+ history.createHistoricActivityInstanceQuery().processInstanceId(instance).count()
				+ history.createHistoricTaskInstanceQuery().processInstanceId(instance).count()
				+ history.createHistoricVariableInstanceQuery().processInstanceId(instance).count()
				+ history.createUserOperationLogQuery().processInstanceId(instance).count();
	}

	private List<ByteBuffer> publishedFiles(long id) {
		VersionInfo version = versions.latest(id, VersionInfo.Kind.PUBLICATION).orElseThrow();
		return files.extensions()
			.stream()
			.map(extension -> ByteBuffer.wrap(files.find(id, version.number(), extension).orElseThrow().content()))
			.toList();
	}

}
