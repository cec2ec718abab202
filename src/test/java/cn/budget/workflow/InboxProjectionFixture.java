package cn.budget.workflow;

import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the tests of the inbox's projection of open tasks share: the routes that make
 * tasks, the inbox that lists them and the engine's task service.
 */
abstract class InboxProjectionFixture {

	@Autowired
	Routes routes;

	@Autowired
	Inbox inbox;

	@Autowired
	TaskService tasks;

}
