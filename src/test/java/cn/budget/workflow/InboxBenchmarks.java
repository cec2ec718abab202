package cn.budget.workflow;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.BudgetDisclosureApplication;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The inbox and the dashboard at province scale (issue 14): 1,000 departments in one
 * round and 100,000 open tasks, over HTTP on the whole application with an H2 file
 * database. The round is opened through the product (its tasks through the engine and the
 * task listeners); the other open tasks are written into the inbox's projection directly,
 * spread over the departments, roles and steps, since opening a hundred rounds would take
 * hours and the engine is not on the inbox's read path any more. The first fork fills
 * target/inbox-benchmark (the round's departments opened in the calling thread); later
 * forks and runs reuse it. The API is called with tokens and the pages with a session, as
 * their users do, so that the figures are the inbox's, not a password hash's. Run as
 * docs/benchmarks.md says; never part of {@code ./mvnw verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = { "-Xms512m", "-Xmx1g" })
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 4, time = 5)
public class InboxBenchmarks {

	static final int DEPARTMENTS = 1000;

	static final int OPEN_TASKS = 100_000;

	private static final Path DATA = Path.of(System.getProperty("inbox.benchmark.dir", "target/inbox-benchmark"));

	private ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	private String base;

	private long roundId;

	@Setup(Level.Trial)
	public void start() throws Exception {
		boolean filled = Files.exists(DATA.resolve("round-id"));
		context = new SpringApplicationBuilder(BudgetDisclosureApplication.class).run("--server.port=0",
				"--app.data-dir=" + DATA.toAbsolutePath(), "--camunda.bpm.job-execution.enabled=false",
				"--logging.level.root=warn", "--app.rounds.synchronous-up-to=" + DEPARTMENTS);
		if (!filled) {
			Files.writeString(DATA.resolve("round-id"), String.valueOf(InboxBenchmarkData.fill(context)));
		}
		roundId = Long.parseLong(Files.readString(DATA.resolve("round-id")).strip());
		base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	@TearDown(Level.Trial)
	public void stop() {
		context.close();
	}

	@Benchmark
	public int apiTasksOfAMainUnitDrafter() throws Exception {
		return get("drafter-ga", "/api/tasks");
	}

	@Benchmark
	public int apiTasksOfAReviewer() throws Exception {
		return get("reviewer", "/api/tasks");
	}

	@Benchmark
	public int apiTasksOfASupervisor() throws Exception {
		return get("supervisor", "/api/tasks");
	}

	@Benchmark
	public int inboxPageOfAReviewer() throws Exception {
		return get("reviewer", "/tasks");
	}

	@Benchmark
	public int dashboardOfTheProvinceRound() throws Exception {
		return get("supervisor", "/rounds/" + roundId);
	}

	// The API as its clients call it, with a token (asked for once per user with HTTP
	// Basic); the pages as a browser shows them, in a session of the login form.
	private int get(String user, String path) throws IOException, InterruptedException {
		boolean api = path.startsWith("/api/");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept-Language", "zh-CN");
		if (api) {
			request.header("Authorization", "Bearer " + token(user));
		}
		HttpResponse<byte[]> answer = (api ? http : signedIn(user)).send(request.build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + answer.statusCode());
		}
		return answer.body().length;
	}

	private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	// A browser's session: the login form once, then its cookie.
	private HttpClient signedIn(String user) throws IOException, InterruptedException {
		HttpClient known = clients.get(user);
		if (known != null) {
			return known;
		}
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String form = browser
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String body = "username=" + user + "&password=demo&_csrf=" + csrf.group(1);
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("The login of " + user + " answered " + login.statusCode());
		}
		clients.put(user, browser);
		return browser;
	}

	private String token(String user) throws IOException, InterruptedException {
		String known = tokens.get(user);
		if (known != null) {
			return known;
		}
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
			.header("Authorization", basic(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"inbox-benchmark\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() / 100 != 2) {
			throw new IllegalStateException("POST /api/tokens answered " + answer.statusCode());
		}
		String token = new ObjectMapper().readTree(answer.body()).get("token").asText();
		tokens.put(user, token);
		return token;
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

}
