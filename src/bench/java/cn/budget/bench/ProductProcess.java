package cn.budget.bench;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged product ({@code target/*.jar}) as a separate process on a free port, stopped with the
 * harness (also when the harness is interrupted). Its log goes to {@code target/bench/}.
 */
final class ProductProcess implements AutoCloseable {

	static final List<String> JVM_FLAGS = List.of("-Xmx512m", "-Duser.timezone=Asia/Shanghai");

	/** Raise with -Dbench.start-minutes on a busy machine. */
	private static final Duration START_LIMIT = Duration.ofMinutes(Long.getLong("bench.start-minutes", 4));

	private final Process process;

	private final Path log;

	private final int port = freePort();

	private final Thread hook;

	ProductProcess(String name, List<String> arguments, Map<String, String> environment) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(JVM_FLAGS);
		// For profiling the product, e.g.
		// -Dbench.product-jvm-options=-XX:StartFlightRecording=filename=target/bench/product.jfr
		String extra = System.getProperty("bench.product-jvm-options", "").strip();
		if (!extra.isEmpty()) {
			command.addAll(List.of(extra.split("\\s+")));
		}
		command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port, "--logging.level.root=warn",
				"--logging.level.org.springframework.boot.web.embedded=info"));
		command.addAll(arguments);
		log = Path.of("target", "bench", name + ".log").toAbsolutePath();
		try {
			Files.createDirectories(log.getParent());
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		hook = new Thread(process::destroyForcibly);
		Runtime.getRuntime().addShutdownHook(hook);
		awaitReady();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	long pid() {
		return process.pid();
	}

	/** SIGTERM (a graceful shutdown, which also compacts an H2 file), SIGKILL after two minutes. */
	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		Runtime.getRuntime().removeShutdownHook(hook);
	}

	private void awaitReady() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + START_LIMIT.toNanos();
		try {
			while (System.nanoTime() < deadline) {
				if (ready(http)) {
					return;
				}
				if (process.waitFor(500, TimeUnit.MILLISECONDS)) {
					throw new IllegalStateException("The product exited with " + process.exitValue() + "; see " + log);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		process.destroyForcibly();
		throw new IllegalStateException("The product was not ready within " + START_LIMIT + "; see " + log);
	}

	private boolean ready(HttpClient http) throws InterruptedException {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
	}

	static Path jar() {
		File[] jars = new File("target").listFiles((dir, file) -> file.startsWith("budget-disclosure-")
				&& file.endsWith(".jar") && !file.endsWith("-plain.jar") && !file.endsWith("-sources.jar"));
		if (jars == null || jars.length != 1) {
			throw new IllegalStateException("No single packaged product in target/ (found "
					+ (jars == null ? 0 : jars.length) + "): build it first with ./mvnw -B -q -DskipTests package");
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
