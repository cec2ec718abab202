package cn.budget.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import cn.budget.support.Api;
import cn.budget.support.AppProcess;
import cn.budget.support.HttpRoute;
import cn.budget.support.JsonDiff;
import cn.budget.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once the product answers a write, a crash loses nothing of it: the packaged application
 * runs as a separate process, each kind of write (import, save, decision, comment,
 * publication) is followed at once by SIGKILL, and after a restart on the same data every
 * acknowledged write is there, the route's tasks match the disclosure's state and the
 * audit chains verify. On the embedded H2 file store and on PostgreSQL.
 */
class DurabilityProcessIntegrationTests {

	private static final String SEED = "001_1e20de4cb34b5e42.txt";

	@TempDir
	Path dataDir;

	private AppProcess app;

	@AfterEach
	void stop() {
		if (app != null) {
			app.stop();
		}
	}

	@Test
	void theH2FileStoreKeepsEveryAcknowledgedWrite() throws IOException {
		app = new AppProcess("durability-h2", "--app.data-dir=" + dataDir);
		everyAcknowledgedWriteSurvivesAKill();
	}

	@Test
	void postgresKeepsEveryAcknowledgedWrite() throws IOException {
		EmbeddedPostgres postgres = TestDatabase.server();
		TestDatabase.createDatabase(postgres, "durability");
		app = new AppProcess("durability-postgres", "--app.data-dir=" + dataDir, "--spring.profiles.active=postgres",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "durability"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
		everyAcknowledgedWriteSurvivesAKill();
	}

	private void everyAcknowledgedWriteSurvivesAKill() throws IOException {
		HttpRoute route = new HttpRoute(new Api(() -> app.baseUrl()));
		app.start();
		long id = route.openRound(2031, LocalDate.of(2026, 11, 20), "312").get(0);
		route.contribute(id);
		long importedId = anImportAndASaveSurvive(route, id);
		aSubmissionASignOffAndACommentSurvive(route, id);
		aPublicationSurvives(route, id, importedId);
	}

	private long anImportAndASaveSurvive(HttpRoute route, long id) throws IOException {
		JsonNode imported = route.importSeed(SEED, 2032);
		long importedId = imported.at("/disclosure/id").asLong();
		crashAndRestart();
		assertSame(imported.get("disclosure"), route.document(importedId));

		JsonNode saved = route.saveWholeDisclosure(id);
		crashAndRestart();
		assertSame(saved, route.document(id));
		return importedId;
	}

	private void aSubmissionASignOffAndACommentSurvive(HttpRoute route, long id) throws IOException {
		route.complete("drafter-ga", id, "Task_DraftDisclosure", "SUBMIT", "首次提交");
		crashAndRestart();
		assertRoute(route, id, "WITH_LEADER", "Task_LeaderSignOff");

		route.complete("leader-ga", id, "Task_LeaderSignOff", "APPROVE", null);
		JsonNode comment = route.api()
			.post("reviewer", "/api/disclosures/" + id + "/comments", Map.of("partKey", "overview", "text", "请核实收入合计"),
					201);
		crashAndRestart();
		assertRoute(route, id, "IN_REVIEW", "Task_FinanceReview");
		assertThat(route.api().get("reviewer", "/api/disclosures/" + id + "/comments"))
			.anyMatch(c -> c.get("id").equals(comment.get("id")) && c.get("text").asText().equals("请核实收入合计"));
	}

	private void aPublicationSurvives(HttpRoute route, long id, long importedId) throws IOException {
		route.complete("reviewer", id, "Task_FinanceReview", "APPROVE", null);
		route.complete("supervisor", id, "Task_Publish", "APPROVE", null);
		crashAndRestart();
		assertRoute(route, id, "PUBLISHED", null);
		assertPublished(route, id);
		assertThat(route.auditIntact(id)).isTrue();
		assertThat(route.auditIntact(importedId)).isTrue();
	}

	// The stored time keeps microseconds where the answer had nanoseconds.
	private static void assertSame(JsonNode acknowledged, JsonNode read) {
		assertThat(JsonDiff.between(acknowledged, read, "updatedAt")).isEmpty();
		assertThat(Instant.parse(read.get("updatedAt").asText()))
			.isCloseTo(Instant.parse(acknowledged.get("updatedAt").asText()), within(1, ChronoUnit.MILLIS));
	}

	private void crashAndRestart() {
		app.kill();
		app.start();
	}

	private static void assertRoute(HttpRoute route, long id, String state, String openTask) {
		assertThat(route.document(id).get("state").asText()).isEqualTo(state);
		assertThat(route.openTasks(id)).isEqualTo(openTask == null ? Map.of() : Map.of(openTask, 1));
	}

	// The portal serves the published version and its files, without login; a bare
	// machine's PDF
	// embeds the font that ships in the jar.
	private static void assertPublished(HttpRoute route, long id) throws IOException {
		HttpResponse<byte[]> page = route.api().send(null, route.api().request("/public/disclosures/" + id).GET());
		assertThat(page.statusCode()).isEqualTo(200);
		HttpResponse<byte[]> pdf = route.api()
			.send(null, route.api().request("/public/disclosures/" + id + ".pdf").GET());
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			PDResources resources = document.getPage(0).getResources();
			assertThat(resources.getFontNames()).map(name -> fontName(resources, name))
				.anyMatch(font -> font.contains("WenQuanYi"));
		}
	}

	private static String fontName(PDResources resources, COSName name) {
		try {
			return resources.getFont(name).getName();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
