package cn.budget.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.budget.IntegrationTest;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The XML of Camunda's mapping files is let go once the engine is built, and the
 * statements made from its fragments still run.
 */
@IntegrationTest
class MappingXmlReleaseIntegrationTests {

	@Autowired
	ProcessEngine engine;

	@Test
	void theMappingFragmentsAreReleasedAndTheirStatementsStillRun() {
		Configuration mybatis = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getSqlSessionFactory()
			.getConfiguration();
		assertThat(mybatis.getSqlFragments()).isEmpty();
		assertThat(mybatis.getMappedStatementNames()).hasSizeGreaterThan(500);
		// Queries whose statements include fragments (the task query's criteria, the
		// history's paging).
		assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("reviewer").listPage(0, 5))
			.hasSizeLessThanOrEqualTo(5);
		assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().listPage(0, 5))
			.hasSizeLessThanOrEqualTo(5);
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isNotNegative();
	}

}
