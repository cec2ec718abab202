package cn.budget.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The working mix of issue 14 against a running product with its demo data (-Dbench.url): drafters
 * opening and saving the large part of seed-size disclosures, reviewers deciding and publishing,
 * the supervisor on the round's dashboard, the public reading {@code /public} and downloading the
 * published files. Any 5xx (or other unexpected status) fails the run; the report under
 * target/gatling gives p95 per request type.
 */
public class WorkingMixSimulation extends Simulation {

	private static final String URL = System.getProperty("bench.url", "http://localhost:8080");

	private static final Duration DURATION = Duration.ofSeconds(Long.getLong("bench.seconds", 90));

	private static final int REVIEWS = Integer.getInteger("bench.reviews", 6);

	private static final WorkingMixData DATA = WorkingMixData.prepare(URL, 2, REVIEWS,
			Integer.getInteger("bench.first-year", 2060));

	private static final AtomicLong SAVES = new AtomicLong();

	private final HttpProtocolBuilder protocol = http.baseUrl(URL).acceptHeader("application/json")
		.disableCaching();


	private final ScenarioBuilder drafters = scenario("drafters")
		.feed(listFeeder(DATA.drafts.stream().map(id -> Map.<String, Object>of("draft", id)).toList()).circular())
		.during(DURATION).on(exec(http("drafter: open disclosure").get("/api/disclosures/#{draft}")
			.basicAuth("drafter-ga", "demo").check(status().is(200), bodyString().saveAs("document")))
			.exec(session -> session.set("save", WorkingMixData.savePerformancePart(session.getString("document"),
					SAVES.incrementAndGet())))
			.exec(http("drafter: save large part").put("/api/disclosures/#{draft}").basicAuth("drafter-ga", "demo")
				.body(StringBody("#{save}")).asJson().check(status().in(200, 409)))
			.pause(Duration.ofSeconds(1)));

	private final ScenarioBuilder reviewers = scenario("reviewers")
		.feed(listFeeder(DATA.inReview.stream().map(id -> Map.<String, Object>of("disclosure", id)).toList()).queue())
		.exec(http("reviewer: inbox").get("/api/tasks").basicAuth("reviewer", "demo").check(status().is(200),
				jsonPath("$[?(@.disclosureId == #{disclosure} && @.taskKey == 'Task_FinanceReview')].id").saveAs("task")))
		.exec(http("reviewer: open disclosure").get("/api/disclosures/#{disclosure}").basicAuth("reviewer", "demo")
			.check(status().is(200)))
		.exec(http("reviewer: claim").post("/api/tasks/#{task}/claim").basicAuth("reviewer", "demo").check(status().is(204)))
		.exec(http("reviewer: approve").post("/api/tasks/#{task}/complete").basicAuth("reviewer", "demo")
			.body(StringBody("{\"decision\":\"APPROVE\"}")).asJson().check(status().is(204)))
		.exec(http("reviewer: inbox").get("/api/tasks").basicAuth("reviewer", "demo").check(status().is(200),
				jsonPath("$[?(@.disclosureId == #{disclosure} && @.taskKey == 'Task_Publish')].id").saveAs("publish")))
		.exec(http("reviewer: publish (seed size)").post("/api/tasks/#{publish}/complete").basicAuth("reviewer", "demo")
			.body(StringBody("{\"decision\":\"APPROVE\"}")).asJson().check(status().is(204)));

	private final ScenarioBuilder supervisors = scenario("supervisors")
		.during(DURATION).on(exec(http("supervisor: round progress (dashboard)").get("/api/rounds/" + DATA.roundId + "/progress")
				.basicAuth("supervisor", "demo").check(status().is(200)))
			.exec(http("supervisor: inbox").get("/api/tasks").basicAuth("supervisor", "demo").check(status().is(200)))
			.pause(Duration.ofSeconds(1)));

	private final ScenarioBuilder readers = scenario("public")
		.during(DURATION).on(exec(http("public: portal").get("/public").header("Accept", "text/html").check(status().is(200)))
			.exec(http("public: disclosure").get("/public/disclosures/" + DATA.published).header("Accept", "text/html")
				.check(status().is(200)))
			.exec(http("public: download pdf").get("/public/disclosures/" + DATA.published + ".pdf").header("Accept", "*/*")
				.check(status().is(200)))
			.exec(http("public: download xlsx").get("/public/disclosures/" + DATA.published + ".xlsx").header("Accept", "*/*")
				.check(status().is(200)))
			.pause(Duration.ofSeconds(1)));

	{
		setUp(drafters.injectOpen(atOnceUsers(2)), reviewers.injectOpen(rampUsers(REVIEWS).during(DURATION)),
				supervisors.injectOpen(atOnceUsers(1)), readers.injectOpen(atOnceUsers(2)))
			.protocols(protocol)
			.assertions(global().failedRequests().count().is(0L));
	}

}
