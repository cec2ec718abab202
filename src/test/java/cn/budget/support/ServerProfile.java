package cn.budget.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.StringJoiner;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What the embedded PostgreSQL server spends on a benchmark's work: its processes' CPU
 * time (the server shares the machine's cores with the application, so the application's
 * own CPU time leaves it out) and, on a server started by {@link #startServer()}, the
 * statements that cost it most ({@code pg_stat_statements}). For benchmarks, not tests;
 * Linux only (it reads {@code /proc}).
 */
public final class ServerProfile {

	private static final String THIS_DATABASE = "(select oid from pg_database where datname = current_database())";

	private final DataSource database;

	private final long postmaster;

	private final boolean statements;

	private long ticksAtStart;

	private ServerProfile(DataSource database, long postmaster, boolean statements) {
		this.database = database;
		this.postmaster = postmaster;
		this.statements = statements;
	}

	/**
	 * A server like {@link TestDatabase#server()} (the same settings otherwise) that also
	 * keeps statement statistics.
	 */
	public static EmbeddedPostgres startServer() {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setServerConfig("shared_preload_libraries", "pg_stat_statements")
			.setServerConfig("pg_stat_statements.track", "all");
		// More settings for one run, e.g.
		// -Dbenchmark.server-config=plan_cache_mode=auto;work_mem=8MB
		for (String setting : System.getProperty("benchmark.server-config", "").split(";")) {
			if (setting.contains("=")) {
				builder.setServerConfig(setting.substring(0, setting.indexOf('=')),
						setting.substring(setting.indexOf('=') + 1));
			}
		}
		try {
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Profiles the server of this database; statements only if the server keeps them. */
	public static ServerProfile of(DataSource database, boolean statements) throws SQLException {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			if (statements) {
				statement.execute("create extension if not exists pg_stat_statements");
			}
			try (ResultSet backend = statement.executeQuery("select pg_backend_pid()")) {
				backend.next();
				return new ServerProfile(database, parentOf(backend.getLong(1)), statements);
			}
		}
	}

	/** From now on. */
	public void start() throws SQLException {
		if (statements) {
			try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("select pg_stat_statements_reset()");
			}
		}
		ticksAtStart = serverTicks();
	}

	/** The server's CPU time since {@link #start()}, in milliseconds. */
	public long cpuMillis() {
		return (serverTicks() - ticksAtStart) * 10;
	}

	/** Prints the statements that took the server longest since {@link #start()}. */
	public void printTopStatements(int limit) throws SQLException {
		printStatements("total_exec_time + total_plan_time", limit);
	}

	/**
	 * Prints the statements run most often since {@link #start()}, after their total: the
	 * round trips of the work.
	 */
	public void printMostRunStatements(int limit) throws SQLException {
		if (statements) {
			print("all statements | calls | exec ms",
					"select count(*), sum(calls), round(sum(total_exec_time)::numeric, 0) "
							+ "from pg_stat_statements where dbid = " + THIS_DATABASE);
		}
		printStatements("calls", limit);
	}

	private void printStatements(String order, int limit) throws SQLException {
		if (statements) {
			print("calls | exec ms | plan ms | rows | statement",
					"select calls, round(total_exec_time::numeric, 0), round(total_plan_time::numeric, 0), rows, "
							+ "regexp_replace(query, '\\s+', ' ', 'g') from pg_stat_statements where dbid = "
							+ THIS_DATABASE + " order by " + order + " desc limit " + limit);
		}
	}

	/**
	 * Prints the tables read most by sequential scans since the server started (a missing
	 * index or a plan made while a table was small).
	 */
	public void printScans(int limit) throws SQLException {
		print("table | seq scans | rows read by them | index scans | live rows | auto-analyzed",
				"select relname, seq_scan, seq_tup_read, idx_scan, n_live_tup, autoanalyze_count "
						+ "from pg_stat_user_tables order by seq_tup_read desc limit " + limit);
	}

	private void print(String header, String sql) throws SQLException {
		try (Connection connection = database.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			System.out.println(header);
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				StringJoiner line = new StringJoiner(" | ");
				for (int c = 1; c <= columns; c++) {
					String value = String.valueOf(rows.getString(c));
					line.add(value.length() > 300 ? value.substring(0, 300) + "…" : value);
				}
				System.out.println(line);
			}
		}
	}

	// The postmaster's own time and that of the children it has reaped, plus its living
	// children's (backends, writer, checkpointer, autovacuum): clock ticks of 10 ms.
	private long serverTicks() {
		long ticks = ticks(postmaster, true);
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			return ticks + processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
				.mapToLong(p -> Long.parseLong(p.getFileName().toString()))
				.filter(pid -> pid != postmaster && parentOf(pid) == postmaster)
				.map(pid -> ticks(pid, false))
				.sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long parentOf(long pid) {
		String[] fields = statFields(pid);
		return fields.length > 1 ? Long.parseLong(fields[1]) : -1;
	}

	private static long ticks(long pid, boolean withChildren) {
		String[] fields = statFields(pid);
		if (fields.length < 15) {
			return 0;
		}
		// After the command: state, ppid, …; utime, stime, cutime, cstime are fields
		// 14–17
		// of the line, 12–15 here.
		long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		return withChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
	}

	// The fields of /proc/<pid>/stat after the command name (which may contain spaces);
	// none if the process has gone.
	private static String[] statFields(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		}
		catch (IOException ex) {
			return new String[0];
		}
	}

}
