package cn.budget.workflow;

import java.time.LocalDate;
import java.util.List;

import cn.budget.Years;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.content.DisclosureState;
import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.disclosure.Disclosures;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import org.springframework.stereotype.Component;

/**
 * Test helper: drives disclosures along their route through the real services, as the
 * people of the demo organisation would.
 */
@Component
public class Routes {

	private final Rounds rounds;

	private final Inbox inbox;

	private final TaskCompletion completion;

	private final DisclosureDrafting drafting;

	private final DisclosureQueries disclosures;

	private final Directory directory;

	Routes(Rounds rounds, Inbox inbox, TaskCompletion completion, DisclosureDrafting drafting,
			DisclosureQueries disclosures, Directory directory) {
		this.rounds = rounds;
		this.inbox = inbox;
		this.completion = completion;
		this.drafting = drafting;
		this.disclosures = disclosures;
		this.directory = directory;
	}

	/** Opens a round of a fresh year for the departments. */
	public RoundOpened open(String... departments) {
		return rounds.open(actor("supervisor"),
				new NewRound(Years.beyondTheForms(), "BUDGET", LocalDate.of(2026, 3, 2), List.of(departments)));
	}

	public DisclosureDocument document(long id) {
		return Disclosures.document(disclosures.content(Actor.SYSTEM, id));
	}

	/** Writes content as the department's main-unit drafter. */
	public void write(String drafter, long id,
			java.util.function.Function<DisclosureDocument, DisclosureUpdate> content) {
		drafting.update(actor(drafter), id, content.apply(document(id)));
	}

	/** Completes the open task of that kind on the disclosure as the given user. */
	public void complete(String user, long id, String taskKey, Decision decision, String comment) {
		TaskView task = task(user, id, taskKey)
			.orElseThrow(() -> new AssertionError(user + " has no " + taskKey + " on " + id));
		completion.complete(actor(user), task.id(), decision, comment);
	}

	/** The open task of that kind on the disclosure that the given user sees, if any. */
	public java.util.Optional<TaskView> task(String user, long id, String taskKey) {
		return inbox.tasksOf(actor(user), id).stream().filter(t -> t.taskKey().equals(taskKey)).findFirst();
	}

	/** From drafting (department without sub-units) to published. */
	public void submitSignReviewPublish(String drafter, String leader, long id, String changeNote) {
		complete(drafter, id, "Task_DraftDisclosure", Decision.SUBMIT, "提交");
		complete(leader, id, "Task_LeaderSignOff", Decision.APPROVE, null);
		complete("reviewer", id, "Task_FinanceReview", Decision.APPROVE, null);
		complete("supervisor", id, "Task_Publish", Decision.APPROVE, changeNote);
	}

	/**
	 * Submits a disclosure of 县公安局 (312) on its route: the sub-units contribute, the
	 * drafter writes it whole (unless it holds content already) and submits it to the
	 * leader.
	 */
	public void submitOfThePolice(long id) {
		completeIfOpen("drafter-jj", id, "Task_ContributeSubUnit", null);
		completeIfOpen("drafter-ks", id, "Task_ContributeSubUnit", null);
		if (task("drafter-ga", id, "Task_DraftDisclosure").isPresent()
				&& document(id).getParts().stream().noneMatch(p -> Boolean.TRUE.equals(p.getFilled()))) {
			write("drafter-ga", id, Disclosures::wholeBudgetDisclosure);
		}
		completeIfOpen("drafter-ga", id, "Task_DraftDisclosure", "提交审签");
	}

	/**
	 * A disclosure of 县公安局 along its route as far as publication (a correction run's
	 * too).
	 */
	public void publishOfThePolice(long id, String changeNote) {
		submitOfThePolice(id);
		// A correction run whose content the leader signed already goes straight to
		// review.
		completeIfOpen("leader-ga", id, "Task_LeaderSignOff", null);
		completeIfOpen("reviewer", id, "Task_FinanceReview", null);
		completeIfOpen("supervisor", id, "Task_Publish", changeNote);
		if (document(id).getState() != DisclosureState.PUBLISHED) {
			throw new AssertionError("Disclosure " + id + " did not reach publication");
		}
	}

	private void completeIfOpen(String user, long id, String taskKey, String comment) {
		if (task(user, id, taskKey).isPresent()) {
			boolean drafting = taskKey.equals("Task_ContributeSubUnit") || taskKey.equals("Task_DraftDisclosure");
			complete(user, id, taskKey, drafting ? Decision.SUBMIT : Decision.APPROVE, comment);
		}
	}

	public Actor actor(String username) {
		return directory.actorOf(username).orElseThrow();
	}

}
