package cn.budget.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the working mix needs in the demo organisation, made through the API before it starts: seed
 * 001 (平乡县公安局 2020, 36 project tables) imported as drafts for the drafters, more of them taken
 * along their route to the finance review for the reviewers, a round for the supervisor's
 * dashboard, and one published for the public.
 */
final class WorkingMixData {

	static final String SEED = "001_1e20de4cb34b5e42.txt";

	final List<Long> drafts = new ArrayList<>();

	final List<Long> inReview = new ArrayList<>();

	long roundId;

	long published;

	private WorkingMixData() {
	}

	static WorkingMixData prepare(String url, int drafts, int reviews, int firstYear) {
		Quiet.logs();
		WorkingMixData data = new WorkingMixData();
		ProductClient client = new ProductClient(url, user -> "demo");
		ProductRoute route = new ProductRoute(client);
		byte[] seed = seed();
		for (int i = 0; i < drafts; i++) {
			data.drafts.add(importSeed(client, seed, firstYear + i));
		}
		// One more disclosure goes the whole way: the public reads and downloads it.
		for (int i = 0; i <= reviews; i++) {
			int year = firstYear + drafts + i;
			importSeed(client, seed, year);
			JsonNode round = ProductClient.expect(201, client.post("supervisor", "/api/rounds", Map.of("fiscalYear", year,
					"template", "BUDGET", "approvalDate", LocalDate.now().toString(), "departmentCodes", List.of("312"))));
			data.roundId = round.get("id").asLong();
			ProductRoute.Disclosure disclosure = new ProductRoute.Disclosure(round.at("/disclosures/0/id").asLong(), "312");
			if (i == reviews) {
				route.route(disclosure);
				data.published = disclosure.id();
			}
			else {
				route.routeUntil(disclosure, "Task_FinanceReview");
				data.inReview.add(disclosure.id());
			}
		}
		System.out.printf("Working mix data: drafts %s, in review %s, round %d, published %d, authentication: %s%n",
				data.drafts, data.inReview, data.roundId, data.published, client.authentication());
		return data;
	}

	/**
	 * A drafter's save of the large part: the document's {@code performance} part (36 project
	 * tables in seed 001) with one text changed, at the document's version.
	 */
	static String savePerformancePart(String document, long counter) {
		try {
			JsonNode doc = ProductClient.JSON.readTree(document);
			for (JsonNode part : doc.get("parts")) {
				if ("performance".equals(part.path("key").asText())) {
					ObjectNode changed = part.deepCopy();
					changed.get("fields").fields().forEachRemaining(field -> {
						if (field.getValue().has("value") && field.getValue().get("value").isTextual()) {
							((ObjectNode) field.getValue()).put("value", "绩效目标说明（第" + counter + "次保存）");
						}
					});
					ObjectNode update = ProductClient.JSON.createObjectNode();
					update.put("version", doc.get("version").asLong());
					update.putArray("parts").add(changed);
					return ProductClient.JSON.writeValueAsString(update);
				}
			}
			throw new IllegalStateException("The disclosure has no performance part");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long importSeed(ProductClient client, byte[] seed, int year) {
		JsonNode outcome = ProductClient.expect(201, client.upload("drafter-ga", "/api/imports", SEED, seed,
				"departmentCode", "312", "fiscalYear", String.valueOf(year)));
		return outcome.at("/disclosure/id").asLong();
	}

	private static byte[] seed() {
		try (InputStream in = WorkingMixData.class.getResourceAsStream("/seeds/" + SEED)) {
			if (in == null) {
				throw new IllegalStateException("No seed " + SEED + " on the test classpath (src/test/resources/seeds)");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
