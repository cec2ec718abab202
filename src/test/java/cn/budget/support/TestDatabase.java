package cn.budget.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the integration suite on a real PostgreSQL server when the build asks for it
 * ({@code -Dit.database=postgres}, the second failsafe run of {@code ./mvnw verify}):
 * every application context of the {@code test} profile that would have had its own
 * in-memory H2 database gets its own fresh database on one embedded PostgreSQL server per
 * test JVM instead. Contexts that choose their database themselves (a file store, an
 * explicit PostgreSQL) are left alone.
 */
public class TestDatabase implements EnvironmentPostProcessor {

	/** The system property that switches the suite to PostgreSQL. */
	public static final String PROPERTY = "it.database";

	private static EmbeddedPostgres server;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url", "");
		if (!"postgres".equals(System.getProperty(PROPERTY)) || !url.startsWith("jdbc:h2:mem:test-")) {
			return;
		}
		String database = "it_" + UUID.randomUUID().toString().replace("-", "");
		EmbeddedPostgres postgres = server();
		createDatabase(postgres, database);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("postgres-test-database",
					Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", database),
							"spring.datasource.username", "postgres", "spring.datasource.password", "postgres",
							// The driver setting of the production profile
							// (application-postgres.yml).
							"spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true")));
	}

	/** The one server of this test JVM, started on first use; it stops with the JVM. */
	public static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return server;
	}

	/** Creates an empty database on the server. */
	public static void createDatabase(EmbeddedPostgres postgres, String name) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the test database " + name, ex);
		}
	}

}
