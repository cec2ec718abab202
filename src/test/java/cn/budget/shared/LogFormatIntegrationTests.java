package cn.budget.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;

/**
 * The log format switch of README's Operations section, with the settings of
 * application.yml: the pattern shows the request id, {@code LOG_FORMAT=ecs} (or the
 * {@code prod} profile) turns every line into JSON with the request id as a field. Each
 * case runs in a JVM of its own, since logging is set up once per JVM.
 */
class LogFormatIntegrationTests {

	private static final String ID = "probe-4711";

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void thePatternShowsTheRequestId() throws Exception {
		String line = probe(Map.of());
		assertThat(line).startsWith("20").contains("[" + ID + "]").contains("a line of a request");
	}

	@Test
	void logFormatSwitchesToJsonWithTheRequestId() throws Exception {
		JsonNode line = json.readTree(probe(Map.of("LOG_FORMAT", "ecs")));
		assertThat(line.get("requestId").asText()).isEqualTo(ID);
		assertThat(line.get("message").asText()).isEqualTo("a line of a request");
		assertThat(line.has("ecs.version") || !line.at("/ecs/version").isMissingNode()).as(line.toString()).isTrue();
	}

	@Test
	void theProdProfileLogsJsonUnlessToldOtherwise() throws Exception {
		assertThat(json.readTree(probe(Map.of("SPRING_PROFILES_ACTIVE", "prod"))).get("requestId").asText())
			.isEqualTo(ID);
		JsonNode logstash = json.readTree(probe(Map.of("SPRING_PROFILES_ACTIVE", "prod", "LOG_FORMAT", "logstash")));
		assertThat(logstash.get("requestId").asText()).isEqualTo(ID);
		assertThat(logstash.has("@timestamp")).isTrue();
	}

	/**
	 * Runs {@link Probe} in a new JVM and returns its line that carries the request id.
	 */
	private static String probe(Map<String, String> environment) throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				Probe.class.getName())
			.redirectErrorStream(true);
		builder.environment().remove("LOG_FORMAT");
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		builder.environment().putAll(environment);
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(out).isTrue();
		List<String> lines = out.lines().filter(l -> l.contains(ID)).toList();
		assertThat(lines).as(out).hasSize(1);
		return lines.get(0);
	}

	/**
	 * Starts the application's settings without its beans and logs one line within a
	 * request id.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Probe {

		public static void main(String[] args) {
			try (var context = new SpringApplicationBuilder(Probe.class).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.run()) {
				MDC.put(RequestIdFilter.MDC_KEY, ID);
				LoggerFactory.getLogger(Probe.class).info("a line of a request");
				MDC.clear();
			}
		}

	}

}
