package cn.budget.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The whole route of an empty disclosure through the product's API, as the demo users work it and
 * as a client that works one disclosure calls it: for each task in order the user lists their tasks
 * of that disclosure ({@code GET /api/tasks?disclosure=}, an indexed query, as the engine's side
 * queries the instance's next task) and completes the task with the decision the route needs
 * ({@code POST /api/tasks/{id}/complete}, which claims a task nobody holds in the same transaction).
 */
final class ProductRoute {

	/** A disclosure on its route: its id and department. */
	record Disclosure(long id, String department) {
	}

	private record Step(String user, String taskKey, String decision) {
	}

	private static final Map<String, List<Step>> ROUTES = Map.of(
			"312", List.of(new Step("drafter-jj", "Task_ContributeSubUnit", "SUBMIT"),
					new Step("drafter-ks", "Task_ContributeSubUnit", "SUBMIT"),
					new Step("drafter-ga", "Task_DraftDisclosure", "SUBMIT"), new Step("leader-ga", "Task_LeaderSignOff", "APPROVE"),
					new Step("reviewer", "Task_FinanceReview", "APPROVE"), new Step("supervisor", "Task_Publish", "APPROVE")),
			"305", List.of(new Step("drafter-jy", "Task_DraftDisclosure", "SUBMIT"),
					new Step("leader-jy", "Task_LeaderSignOff", "APPROVE"), new Step("reviewer", "Task_FinanceReview", "APPROVE"),
					new Step("supervisor", "Task_Publish", "APPROVE")));

	/** Attempts per step: a task missing from the inbox or a 5xx is retried (and counted), then it fails. */
	private static final int ATTEMPTS = 5;

	private final ProductClient client;

	ProductRoute(ProductClient client) {
		this.client = client;
	}

	/** Opens one round per slot (template and year) for 县公安局 (312) and 县教育局 (305), as the supervisor. */
	List<Disclosure> open(List<RoundSlots.Slot> slots) {
		List<Disclosure> disclosures = new ArrayList<>();
		for (RoundSlots.Slot slot : slots) {
			disclosures.addAll(open(slot, List.of("312", "305")));
		}
		return disclosures;
	}

	/** Opens a round (on the departments' drafts of that year where they exist, e.g. imported ones). */
	List<Disclosure> open(RoundSlots.Slot slot, List<String> departments) {
		JsonNode round = ProductClient.expect(201, client.post("supervisor", "/api/rounds", Map.of("fiscalYear", slot.year(),
				"template", slot.template(), "approvalDate", LocalDate.now().toString(), "departmentCodes", departments)));
		List<Disclosure> disclosures = new ArrayList<>();
		round.get("disclosures").forEach(d -> disclosures.add(new Disclosure(d.get("id").asLong(),
				d.get("departmentCode").asText())));
		return disclosures;
	}

	/**
	 * Starts a correction run of each published disclosure ({@code POST /api/disclosures/{id}/correction}),
	 * the same route again: the warm-up's rounds once its years run out.
	 */
	List<Disclosure> correct(List<Disclosure> published) {
		for (Disclosure disclosure : published) {
			ProductClient.expect(201, client.post("supervisor", "/api/disclosures/" + disclosure.id() + "/correction", Map.of()));
		}
		return published;
	}

	/**
	 * Works a correction run's route: the same as the first, but a resubmission of the
	 * content the leader signed off goes to the review without a sign-off.
	 */
	int routeCorrection(Disclosure disclosure) {
		int done = 0;
		for (Step step : ROUTES.get(disclosure.department())) {
			if (!step.taskKey().equals("Task_LeaderSignOff")) {
				complete(disclosure.id(), step);
				done++;
			}
		}
		return done;
	}

	/** Works the disclosure's whole route; answers the number of tasks completed. */
	int route(Disclosure disclosure) {
		return routeUntil(disclosure, null);
	}

	/** Works the route up to (not including) the task of that key; answers the number of tasks completed. */
	int routeUntil(Disclosure disclosure, String taskKey) {
		int done = 0;
		for (Step step : ROUTES.get(disclosure.department())) {
			if (step.taskKey().equals(taskKey)) {
				break;
			}
			complete(disclosure.id(), step);
			done++;
		}
		return done;
	}

	private void complete(long disclosureId, Step step) {
		RuntimeException last = null;
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				String task = task(disclosureId, step);
				Map<String, String> body = new LinkedHashMap<>();
				body.put("decision", step.decision());
				body.put("comment", "benchmark");
				ProductClient.expect(204, client.post(step.user(), "/api/tasks/" + task + "/complete", body,
						"/api/tasks/{id}/complete " + step.taskKey()));
				return;
			}
			catch (IllegalStateException ex) {
				last = ex;
			}
		}
		throw new IllegalStateException(step + " on disclosure " + disclosureId + " failed " + ATTEMPTS + " times", last);
	}

	private String task(long disclosureId, Step step) {
		for (JsonNode task : ProductClient.expect(200, client.get(step.user(), "/api/tasks?disclosure=" + disclosureId))) {
			if (task.get("disclosureId").asLong() == disclosureId && task.get("taskKey").asText().equals(step.taskKey())
					&& (task.path("assignee").isMissingNode() || task.path("assignee").isNull()
							|| task.path("assignee").asText().equals(step.user()))) {
				return task.get("id").asText();
			}
		}
		throw new IllegalStateException(step.user() + " sees no " + step.taskKey() + " on disclosure " + disclosureId);
	}

}
