package cn.budget.workflow;

import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets go of the XML of Camunda's MyBatis mappings once the engine is built. MyBatis
 * keeps each {@code <sql>} fragment of the mapping files as a DOM node, and a node holds
 * its whole document: all 58 parsed mapping files (886 KB of XML) stayed on the heap for
 * as long as the engine ran (docs/benchmarks.md, "Idle memory, fourth pass"). Fragments
 * are read only while statements are parsed, so they are dropped once every statement is
 * built; if MyBatis still has statements waiting to be parsed, they stay.
 */
@Component
class MappingXmlRelease extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(MappingXmlRelease.class);

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		Configuration mybatis = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getSqlSessionFactory()
			.getConfiguration();
		// Parses whatever statements are still pending (they may include fragments).
		mybatis.getMappedStatementNames();
		if (mybatis.getIncompleteStatements().isEmpty() && mybatis.getIncompleteResultMaps().isEmpty()
				&& mybatis.getIncompleteCacheRefs().isEmpty() && mybatis.getIncompleteMethods().isEmpty()) {
			int fragments = mybatis.getSqlFragments().size();
			mybatis.getSqlFragments().clear();
			log.debug("Released the XML of {} MyBatis SQL fragments", fragments);
		}
	}

}
