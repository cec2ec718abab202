package cn.budget.workflow;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code processEngine} health component, in place of the Camunda starter's (which
 * reports UP without asking the engine): the engine answers a cheap query and the route's
 * process is deployed. Part of the readiness group (README, Operations).
 */
@Component("processEngineHealthIndicator")
class EngineHealth extends AbstractHealthIndicator {

	private final RepositoryService repository;

	EngineHealth(RepositoryService repository) {
		super("The process engine does not answer");
		this.repository = repository;
	}

	@Override
	protected void doHealthCheck(Health.Builder health) {
		ProcessDefinition route = repository.createProcessDefinitionQuery()
			.processDefinitionKey(TaskKeys.PROCESS)
			.latestVersion()
			.singleResult();
		if (route == null) {
			health.down().withDetail("process", TaskKeys.PROCESS + " is not deployed");
		}
		else {
			health.up().withDetail("process", TaskKeys.PROCESS).withDetail("version", route.getVersion());
		}
	}

}
