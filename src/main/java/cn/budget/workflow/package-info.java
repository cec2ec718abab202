/**
 * The BPMN glue: the {@code disclosure-review} process (bpmn/disclosure-review.bpmn),
 * rounds that start it for each department, task routing and access, the inbox, and
 * deadline timers. The only package that talks to Camunda's services; delegates and
 * listeners stay thin and call feature services. Process variables hold ids and routing
 * flags only.
 */
@Surface({ DeadlineApproaching.class, DeadlineMissed.class, Deadlines.class, Inbox.class, ProcessStep.class,
		ReviewProcess.class, RoundInfo.class, RoundNotFoundException.class, Rounds.class, TaskCreated.class,
		TaskView.class })
package cn.budget.workflow;

import cn.budget.shared.Surface;
