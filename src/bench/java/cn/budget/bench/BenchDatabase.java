package cn.budget.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.budget.support.ServerProfile;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One database server, two databases: the bare engine's and the product's. H2: two files in one new
 * directory; PostgreSQL: an embedded server (io.zonky) with two new databases, or two databases the
 * caller names by JDBC URL.
 */
final class BenchDatabase implements AutoCloseable {

	final String name;

	final String engineUrl;

	final String user;

	final String password;

	/** The product's command-line arguments and environment for this database. */
	final List<String> productArguments;

	final Map<String, String> productEnvironment;

	private final EmbeddedPostgres embedded;

	private boolean statements;

	private BenchDatabase(String name, String engineUrl, String user, String password, List<String> productArguments,
			Map<String, String> productEnvironment, EmbeddedPostgres embedded) {
		this.name = name;
		this.engineUrl = engineUrl;
		this.user = user;
		this.password = password;
		this.productArguments = productArguments;
		this.productEnvironment = productEnvironment;
		this.embedded = embedded;
	}

	static BenchDatabase of(BenchArgs args) {
		String kind = args.text("db", "h2");
		return switch (kind) {
			case "h2" -> h2();
			case "postgres" -> args.has("engine-url") ? postgres(args)
					: embeddedPostgres("true".equals(args.text("server-profile", "false")));
			default -> throw new IllegalArgumentException("--db must be h2 or postgres, not " + kind);
		};
	}

	private static BenchDatabase h2() {
		Path dir = Path.of("target", "bench", "h2-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))
			.toAbsolutePath();
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// The product's own settings for its file (application.yml): every commit on disk before it returns.
		return new BenchDatabase("H2 file store (" + dir + ")", "jdbc:h2:file:" + dir + "/engine;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
				"sa", "", List.of("--app.data-dir=" + dir), Map.of(), null);
	}

	private static BenchDatabase embeddedPostgres(boolean statements) {
		try {
			EmbeddedPostgres server = statements ? ServerProfile.startServer() : EmbeddedPostgres.builder().start();
			for (String database : List.of("bench_engine", "bench_product")) {
				try (Connection connection = server.getPostgresDatabase().getConnection();
						Statement statement = connection.createStatement()) {
					statement.execute("create database " + database);
				}
			}
			BenchDatabase db = new BenchDatabase("PostgreSQL (embedded, io.zonky, port " + server.getPort() + ")",
					server.getJdbcUrl("postgres", "bench_engine"), "postgres", "postgres",
					List.of("--spring.profiles.active=postgres"), productEnvironment(server.getJdbcUrl("postgres", "bench_product"),
							"postgres", "postgres"), server);
			db.statements = statements;
			return db;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the benchmark databases", ex);
		}
	}

	private static BenchDatabase postgres(BenchArgs args) {
		if (!args.has("product-url")) {
			throw new IllegalArgumentException("--engine-url needs --product-url (two empty databases on one server)");
		}
		String user = args.text("db-user", "postgres");
		String password = args.text("db-password", "postgres");
		return new BenchDatabase("PostgreSQL (" + args.text("engine-url", "") + ", " + args.text("product-url", "") + ")",
				args.text("engine-url", ""), user, password, List.of("--spring.profiles.active=postgres"),
				productEnvironment(args.text("product-url", ""), user, password), null);
	}

	private static Map<String, String> productEnvironment(String url, String user, String password) {
		return Map.of("DATABASE_URL", url, "DATABASE_USER", user, "DATABASE_PASSWORD", password);
	}

	/**
	 * What the embedded server spends on one of its two databases ("bench_engine", "bench_product") and
	 * its statements, when started with {@code --server-profile=true}; none otherwise.
	 */
	Optional<ServerProfile> profile(String database) {
		if (embedded == null || !statements) {
			return Optional.empty();
		}
		try {
			return Optional.of(ServerProfile.of(embedded.getDatabase("postgres", database), true));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot profile " + database, ex);
		}
	}

	/**
	 * Before a measured run: the server writes out what the warm-up left dirty (PostgreSQL's
	 * {@code CHECKPOINT}, where the harness runs the server or its user may) and both sides get the
	 * same quiet seconds to finish background work (the product's renders, autovacuum). A checkpoint
	 * falling into a run of a few seconds cost either side a fifth of its rate, at random.
	 */
	void settle(long seconds) {
		if (embedded != null) {
			try (Connection connection = embedded.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("checkpoint");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot checkpoint the benchmark server", ex);
			}
		}
		try {
			Thread.sleep(seconds * 1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		if (embedded != null) {
			embedded.close();
		}
	}

}
