package cn.budget.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Compacts the embedded H2 file when the application stops: {@code SHUTDOWN COMPACT}
 * right before the connection pool closes — after everything that uses the database (the
 * engine, JPA, the background work) was shut down, since Spring destroys a bean's
 * dependents first. Without it the file only grows: H2 reuses free space but never gives
 * it back. In-memory and server databases are left alone.
 */
@Component
class H2Compaction implements DestructionAwareBeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(H2Compaction.class);

	private static final String FILE_URL = "jdbc:h2:file:";

	@Override
	public boolean requiresDestruction(Object bean) {
		return bean instanceof HikariDataSource;
	}

	@Override
	public void postProcessBeforeDestruction(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && !pool.isClosed() && pool.getJdbcUrl() != null
				&& pool.getJdbcUrl().startsWith(FILE_URL)) {
			compact(pool);
		}
	}

	// On a connection of its own, not one of the pool's: the statement closes the
	// database under
	// every connection, and the pool then closes its own quietly.
	private static void compact(HikariDataSource pool) {
		Optional<Path> file = fileOf(pool.getJdbcUrl());
		long before = file.map(H2Compaction::size).orElse(-1L);
		long start = System.nanoTime();
		Connection connection = null;
		try {
			connection = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
			try (Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN COMPACT");
			}
			log.info("Compacted the H2 file on shutdown in {} ms: {} -> {} bytes",
					(System.nanoTime() - start) / 1_000_000, before, file.map(H2Compaction::size).orElse(-1L));
		}
		catch (SQLException ex) {
			// The file stays as it is (H2 still closes it cleanly); the next stop tries
			// again.
			log.warn("Could not compact the H2 file on shutdown: {}", ex.getMessage());
		}
		finally {
			closeQuietly(connection);
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			if (connection != null) {
				connection.close();
			}
		}
		catch (SQLException ex) {
			// Closed by the shutdown already.
		}
	}

	/**
	 * {@code jdbc:h2:file:./data/disclosure;WRITE_DELAY=0} is stored in
	 * {@code ./data/disclosure.mv.db}.
	 */
	static Optional<Path> fileOf(String url) {
		String name = url.substring(FILE_URL.length()).split(";", 2)[0];
		if (name.startsWith("~")) {
			name = System.getProperty("user.home") + name.substring(1);
		}
		return name.isBlank() ? Optional.empty() : Optional.of(Path.of(name + ".mv.db"));
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
