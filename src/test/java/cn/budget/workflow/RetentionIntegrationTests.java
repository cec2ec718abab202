package cn.budget.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budget.IntegrationTest;
import cn.budget.support.DatabaseAgnostic;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Workflow history is kept at least ten years by default: the deployed process's history
 * time to live is at least 3,653 days.
 */
@IntegrationTest
@DatabaseAgnostic
class RetentionIntegrationTests {

	@Autowired
	RepositoryService repository;

	@Test
	void theReviewProcessKeepsItsHistoryTenYears() {
		ProcessDefinition definition = repository.createProcessDefinitionQuery()
			.processDefinitionKey("disclosure-review")
			.latestVersion()
			.singleResult();
		assertThat(definition.getHistoryTimeToLive()).isGreaterThanOrEqualTo(3653);
		assertThat(new RetentionPlugin(12)).extracting("retentionDays").isEqualTo(4383);
	}

}
