package cn.budget.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: runs PostgreSQL's client programs (pg_dump, createdb, pg_restore) as an
 * operator would, against a server on localhost as user {@code postgres}. They come with
 * Debian's {@code postgresql-client}; a missing or too old one fails the test with a
 * message saying so.
 */
final class PostgresTools {

	private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

	private final int port;

	private final Path work;

	PostgresTools(int port, Path work) {
		this.port = port;
		this.work = work;
	}

	/**
	 * Fails unless the program is installed and at least of the server's major version.
	 */
	void requireAtLeast(String program, int serverMajor) {
		String version = run(List.of(program, "--version"));
		Matcher matcher = VERSION.matcher(version);
		assertThat(matcher.find()).as("%s --version answered %s", program, version).isTrue();
		assertThat(Integer.parseInt(matcher.group(1)))
			.as("%s must be at least the server's major version %d (install Debian's postgresql-client)", program,
					serverMajor)
			.isGreaterThanOrEqualTo(serverMajor);
	}

	/**
	 * Runs a client program with the connection options in front of the given arguments.
	 */
	String client(String program, String... arguments) {
		List<String> command = new ArrayList<>(
				List.of(program, "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres"));
		command.addAll(List.of(arguments));
		return run(command);
	}

	private String run(List<String> command) {
		try {
			Path output = Files.createTempFile(work, command.get(0), ".log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			process.getOutputStream().close();
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				fail("%s did not finish within 5 minutes", command);
			}
			String text = Files.readString(output, StandardCharsets.UTF_8);
			assertThat(process.exitValue()).as("%s answered: %s", command, text).isZero();
			return text;
		}
		catch (IOException ex) {
			return fail("%s could not be run (%s). The PostgreSQL backup test needs PostgreSQL's client programs: "
					+ "apt-get install -y postgresql-client", command.get(0), ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return fail("interrupted while running %s", command);
		}
	}

}
