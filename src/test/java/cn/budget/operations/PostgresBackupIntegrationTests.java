package cn.budget.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's backup and restore as docs/operations.md describes them:
 * {@code pg_dump -Fc} while the product runs, {@code createdb} and {@code pg_restore}
 * into a fresh database, the product started on it. The restored product holds the same
 * disclosures, published files, audit chains and comments as at the dump, and nothing
 * done after it. The product's own backup endpoint refuses, pointing to pg_dump.
 */
class PostgresBackupIntegrationTests {

	static EmbeddedPostgres postgres;

	@TempDir
	Path work;

	@BeforeAll
	static void start() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void aDumpTakenWhileRunningRestoresIntoAFreshDatabase() throws IOException {
		PostgresTools tools = new PostgresTools(postgres.getPort(), work);
		requireToolsOfTheServersVersion(tools);
		tools.client("createdb", "disclosure");
		Path dump = work.resolve("disclosure.dump");
		StoreContents atDump;
		try (ConfigurableApplicationContext app = Applications.onPostgres(url("disclosure"), work.resolve("data"))) {
			Work.routeWithDraftAndComment(app, 2031);
			atDump = StoreContents.of(app);
			atDump.assertHoldsTheTestData();

			Applications.Answer refused = Applications.post(app, "/api/admin/backups", "admin");
			assertThat(refused.status()).isEqualTo(409);
			assertThat(refused.body()).contains("pg_dump");

			tools.client("pg_dump", "-Fc", "--no-owner", "--no-privileges", "-d", "disclosure", "-f", dump.toString());
			Work.routeWithDraftAndComment(app, 2032);
		}
		assertThat(Files.size(dump)).isPositive();
		tools.client("createdb", "disclosure_restored");
		tools.client("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "-d", "disclosure_restored",
				dump.toString());
		try (ConfigurableApplicationContext app = Applications.onPostgres(url("disclosure_restored"),
				work.resolve("data"))) {
			StoreContents.of(app).assertSameAs(atDump);
		}
	}

	private void requireToolsOfTheServersVersion(PostgresTools tools) {
		int serverMajor = new JdbcTemplate(postgres.getPostgresDatabase()).queryForObject("show server_version_num",
				Integer.class) / 10000;
		for (String program : new String[] { "pg_dump", "pg_restore", "createdb" }) {
			tools.requireAtLeast(program, serverMajor);
		}
	}

	private static String url(String database) {
		return postgres.getJdbcUrl("postgres", database);
	}

}
