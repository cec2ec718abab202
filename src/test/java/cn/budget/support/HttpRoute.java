package cn.budget.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.Disclosures;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Drives disclosures along their route over real HTTP, as the demo users would through
 * the JSON API: for tests that run the packaged application as separate processes.
 */
public final class HttpRoute {

	/** Everyone who may hold a task of the routes of 县公安局 and 县教育局. */
	private static final List<String> PEOPLE = List.of("drafter-ga", "drafter-jj", "drafter-ks", "leader-ga",
			"drafter-jy", "leader-jy", "reviewer", "supervisor");

	private final Api api;

	public HttpRoute(Api api) {
		this.api = api;
	}

	/**
	 * Opens a round and answers the id of each department's disclosure, in the order
	 * asked.
	 */
	public List<Long> openRound(int year, LocalDate approvalDate, String... departments) {
		JsonNode round = api.post("supervisor", "/api/rounds", Map.of("fiscalYear", year, "template", "BUDGET",
				"approvalDate", approvalDate.toString(), "departmentCodes", List.of(departments)), 201);
		List<Long> ids = new ArrayList<>();
		round.get("disclosures").forEach(d -> ids.add(d.get("id").asLong()));
		return ids;
	}

	/** The disclosure as 县公安局's drafter sees it. */
	public JsonNode document(long id) {
		return document("drafter-ga", id);
	}

	public JsonNode document(String user, long id) {
		return api.get(user, "/api/disclosures/" + id);
	}

	/**
	 * Saves every part of the budget template (a disclosure modelled on seed 001) as
	 * drafter-ga.
	 */
	public JsonNode saveWholeDisclosure(long id) {
		return saveWholeDisclosure("drafter-ga", id);
	}

	/** Saves every part of the budget template as the department's drafter. */
	public JsonNode saveWholeDisclosure(String drafter, long id) {
		DisclosureDocument document = Api.json().convertValue(document(drafter, id), DisclosureDocument.class);
		return api.put(drafter, "/api/disclosures/" + id, Disclosures.wholeBudgetDisclosure(document));
	}

	/**
	 * Imports one of the seeds (src/test/resources/seeds) into a new disclosure of 县公安局.
	 */
	public JsonNode importSeed(String seed, int year) {
		return api.upload("drafter-ga", "/api/imports", seed, seedBytes(seed), 201, "departmentCode", "312",
				"fiscalYear", String.valueOf(year));
	}

	/** Completes the open task of that kind on the disclosure. */
	public void complete(String user, long id, String taskKey, String decision, String comment) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("decision", decision);
		if (comment != null) {
			body.put("comment", comment);
		}
		api.post(user, "/api/tasks/" + task(user, id, taskKey) + "/complete", body, 204);
	}

	public String task(String user, long id, String taskKey) {
		for (JsonNode task : api.get(user, "/api/tasks")) {
			if (task.get("disclosureId").asLong() == id && task.get("taskKey").asText().equals(taskKey)) {
				return task.get("id").asText();
			}
		}
		throw new AssertionError(user + " has no " + taskKey + " on disclosure " + id);
	}

	/**
	 * The open tasks of the disclosure, by task key, as everyone who may act on them sees
	 * them.
	 */
	public Map<String, Integer> openTasks(long id) {
		Map<String, String> byId = new TreeMap<>();
		for (String user : PEOPLE) {
			for (JsonNode task : api.get(user, "/api/tasks")) {
				if (task.get("disclosureId").asLong() == id) {
					byId.put(task.get("id").asText(), task.get("taskKey").asText());
				}
			}
		}
		Map<String, Integer> byKey = new TreeMap<>();
		byId.values().forEach(key -> byKey.merge(key, 1, Integer::sum));
		return byKey;
	}

	/** Contributions of both sub-units, so that the department's drafter can submit. */
	public void contribute(long id) {
		complete("drafter-jj", id, "Task_ContributeSubUnit", "SUBMIT", null);
		complete("drafter-ks", id, "Task_ContributeSubUnit", "SUBMIT", null);
	}

	public boolean auditIntact(long id) {
		return api.get("reviewer", "/api/disclosures/" + id + "/audit/verify").get("intact").asBoolean();
	}

	public Api api() {
		return api;
	}

	private static byte[] seedBytes(String seed) {
		try (InputStream in = HttpRoute.class.getResourceAsStream("/seeds/" + seed)) {
			if (in == null) {
				throw new IllegalArgumentException("No seed " + seed);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
