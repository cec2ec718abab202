package cn.budget.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/*.jar}, built by {@code package} before the
 * integration tests run) as a separate operating-system process, so that a test can kill
 * it with SIGKILL and start it again on the same data, as a crash and a restart would. It
 * runs from the jar's extracted layout with a class-data archive
 * ({@link ClassDataArchive}, half the start time) unless {@link #asShipped()}.
 */
public final class AppProcess {

	private static final Duration START_LIMIT = Duration.ofMinutes(4);

	private final String name;

	private final List<String> arguments;

	private final Map<String, String> environment = new LinkedHashMap<>();

	private final int port;

	private Process process;

	private int starts;

	private boolean asShipped;

	/**
	 * A node named for its log file, with its own free port and the given command-line
	 * arguments.
	 */
	public AppProcess(String name, String... arguments) {
		this.name = name;
		this.arguments = List.of(arguments);
		this.port = freePort();
	}

	/**
	 * An environment variable for the next starts, as an operator would set it (e.g.
	 * APP_ADMIN_PASSWORD).
	 */
	public AppProcess withEnvironment(String variable, String value) {
		environment.put(variable, value);
		return this;
	}

	/**
	 * Runs the jar itself ({@code java -jar}, as the Dockerfile does) instead of its
	 * extracted layout with the class-data archive ({@link ClassDataArchive}): slower to
	 * start, kept for the test of a new customer's first start.
	 */
	public AppProcess asShipped() {
		asShipped = true;
		return this;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	/** Starts the application and waits until it reports ready. */
	public AppProcess start() {
		List<String> command = new ArrayList<>(
				asShipped ? ClassDataArchive.shipped(jar()) : ClassDataArchive.command(jar()));
		command.addAll(List.of("--server.port=" + port, "--logging.level.root=warn",
				"--logging.level.org.springframework.boot.web.embedded=info"));
		command.addAll(arguments);
		Path log = Path.of("target", "process-logs", name + "-" + (++starts) + ".log");
		try {
			Files.createDirectories(log.getParent());
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		awaitReady(log);
		return this;
	}

	/** SIGKILL: the process gets no chance to flush or close anything. */
	public void kill() {
		process.destroyForcibly();
		awaitExit();
	}

	/** SIGTERM: a graceful shutdown. */
	public void stop() {
		if (process != null && process.isAlive()) {
			process.destroy();
			awaitExit();
		}
	}

	public boolean isAlive() {
		return process != null && process.isAlive();
	}

	private void awaitExit() {
		try {
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	// Polls the health endpoint; between polls it waits on the process itself, so a crash
	// at start-up ends the wait at once with the log in the message.
	private void awaitReady(Path log) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + START_LIMIT.toNanos();
		while (System.nanoTime() < deadline) {
			if (ready(http)) {
				return;
			}
			try {
				if (process.waitFor(250, TimeUnit.MILLISECONDS)) {
					throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + tail(log));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException(name + " was not ready within " + START_LIMIT + ": " + tail(log));
	}

	private boolean ready(HttpClient http) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
				.timeout(Duration.ofSeconds(5))
				.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static Path jar() {
		File[] jars = new File("target").listFiles((dir, file) -> file.endsWith(".jar") && !file.endsWith("-plain.jar")
				&& !file.endsWith("-sources.jar") && !file.endsWith("-tests.jar"));
		if (jars == null || jars.length != 1) {
			throw new IllegalStateException("Run the integration tests after package: no single jar in target/");
		}
		return jars[0].toPath().toAbsolutePath();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
