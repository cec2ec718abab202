package cn.budget.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded H2 file across stops and starts: stopping the application compacts it
 * (what it leaves on disk does not shrink further when compacted again by hand), and a
 * database whose Camunda history was recorded at level {@code full} (every database
 * before level {@code audit} became the default) starts at the configured level.
 */
class H2FileIntegrationTests {

	@TempDir
	Path work;

	@Test
	void stoppingTheApplicationLeavesACompactFile() throws Exception {
		Path data = work.resolve("data");
		try (ConfigurableApplicationContext app = Applications.onH2(data)) {
			for (int year = 2031; year < 2034; year++) {
				Work.routeWithDraftAndComment(app, year);
			}
		}
		Path file = data.resolve("disclosure.mv.db");
		long stopped = Files.size(file);
		long compactedAgain = compactByHand(data);
		assertThat(stopped).as("bytes after the stop, then compacted by hand: %d", compactedAgain)
			.isLessThanOrEqualTo(compactedAgain + compactedAgain / 10);
	}

	@Test
	void aDatabaseRecordedAtFullHistoryStartsAtTheConfiguredLevel() throws Exception {
		Path data = work.resolve("full");
		try (ConfigurableApplicationContext app = Applications.onH2(data, "--camunda.bpm.history-level=full")) {
			assertThat(recordedLevel(app)).isEqualTo("3");
		}
		try (ConfigurableApplicationContext app = Applications.onH2(data)) {
			assertThat(recordedLevel(app)).isEqualTo("2");
			Work.routeWithDraftAndComment(app, 2031);
		}
	}

	@Test
	void theFileNameFollowsTheUrl() {
		assertThat(H2Compaction.fileOf("jdbc:h2:file:./data/disclosure;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"))
			.contains(Path.of("./data/disclosure.mv.db"));
		assertThat(H2Compaction.fileOf("jdbc:h2:file:/var/lib/app/db")).contains(Path.of("/var/lib/app/db.mv.db"));
	}

	private static String recordedLevel(ConfigurableApplicationContext app) {
		return app.getBean(JdbcTemplate.class)
			.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class);
	}

	private static long compactByHand(Path data) throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("disclosure"), "sa",
				""); Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN COMPACT");
		}
		return Files.size(data.resolve("disclosure.mv.db"));
	}

}
