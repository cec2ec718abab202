package cn.budget.bench;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import cn.budget.support.ServerProfile;

/**
 * The embedded PostgreSQL server's work for one side of {@link EngineVsProduct}
 * ({@code --server-profile=true}): both sides share the machine's two cores with the server, so what
 * each makes the server do per task counts as much as its own CPU.
 */
final class ServerWork {

	private ServerWork() {
	}

	/** After the warm-up: the database server's work from now on. */
	static void start(Optional<ServerProfile> profile) {
		profile.ifPresent(p -> sql(p::start));
	}

	/**
	 * What the database server spent on the measured runs: its CPU and the statements it spent most on,
	 * whose calls per task are the round trips to compare.
	 */
	static void print(Optional<ServerProfile> profile, Map<Integer, Clients.Run> runs) {
		long tasks = runs.values().stream().mapToLong(Clients.Run::tasks).sum();
		profile.ifPresent(p -> sql(() -> {
			System.out.printf("database server CPU in the runs: %d ms, %.2f ms per task (%d tasks)%n", p.cpuMillis(),
					p.cpuMillis() / (double) tasks, tasks);
			p.printMostRunStatements(Integer.getInteger("bench.statements", 40));
		}));
	}

	private interface SqlWork {

		void run() throws SQLException;

	}

	private static void sql(SqlWork work) {
		try {
			work.run();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
