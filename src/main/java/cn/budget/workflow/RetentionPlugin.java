package cn.budget.workflow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps workflow history at least as long as the configured retention
 * ({@code app.retention-years}, 10 by default): every deployed process gets at least that
 * history time to live, so no history cleanup removes it sooner, whatever its BPMN says.
 * Definitions deployed before the retention was raised get it too, for the instances that
 * end from now on (docs/operations.md).
 */
@Component
class RetentionPlugin extends AbstractProcessEnginePlugin {

	private final int retentionDays;

	RetentionPlugin(@Value("${app.retention-years:10}") int retentionYears) {
		this.retentionDays = (int) Math.ceil(retentionYears * 365.25);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
				Integer declared = processDefinition.getHistoryTimeToLive();
				if (declared == null || declared < retentionDays) {
					processDefinition.setHistoryTimeToLive(retentionDays);
				}
			}
		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		RepositoryService repository = engine.getRepositoryService();
		for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
			Integer declared = definition.getHistoryTimeToLive();
			if (declared == null || declared < retentionDays) {
				raise(repository, definition);
			}
		}
	}

	private void raise(RepositoryService repository, ProcessDefinition definition) {
		try {
			repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), retentionDays);
		}
		catch (OptimisticLockingException ex) {
			// Another node starting at the same time raised it already.
		}
	}

}
