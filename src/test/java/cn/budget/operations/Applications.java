package cn.budget.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import cn.budget.BudgetDisclosureApplication;
import cn.budget.TestClockConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Test helper: starts the whole product on a real port, as an operator would, and calls
 * its API.
 */
final class Applications {

	private Applications() {
	}

	/**
	 * The embedded default on a data directory, with the tests' clock (2026-03-02 09:00
	 * in the county).
	 */
	static ConfigurableApplicationContext onH2(Path dataDir, String... settings) {
		List<String> args = new ArrayList<>(List.of("--app.data-dir=" + dataDir));
		args.addAll(List.of(settings));
		return start(new Class<?>[] { BudgetDisclosureApplication.class, TestClockConfiguration.class },
				args.toArray(String[]::new));
	}

	/**
	 * The {@code postgres} profile on a database (user and password {@code postgres}).
	 */
	static ConfigurableApplicationContext onPostgres(String jdbcUrl, Path dataDir) {
		return start(new Class<?>[] { BudgetDisclosureApplication.class }, "--spring.profiles.active=postgres",
				"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres", "--app.data-dir=" + dataDir);
	}

	record Answer(int status, String body) {
	}

	/** POSTs with HTTP Basic as a demo user (password {@code demo}). */
	static Answer post(ConfigurableApplicationContext app, String path, String user) {
		String port = app.getEnvironment().getProperty("local.server.port");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static ConfigurableApplicationContext start(Class<?>[] sources, String... settings) {
		List<String> args = new ArrayList<>(List.of(settings));
		// Publications render in the publishing thread right after their commit (as in
		// the test
		// profile), so a store's contents are complete when a test reads them.
		args.addAll(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn",
				"--app.publication.render-threads=0"));
		return new SpringApplicationBuilder(sources).run(args.toArray(String[]::new));
	}

}
