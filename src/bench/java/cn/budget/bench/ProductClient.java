package cn.budget.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The product's JSON API over HTTP. Each user signs in with a token when {@code POST /api/tokens}
 * answers 2xx (then {@code Authorization: Bearer}), with HTTP Basic otherwise; every 5xx is counted.
 */
final class ProductClient {

	static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final Function<String, String> passwordOf;

	private final Map<String, String> authorizations = new ConcurrentHashMap<>();

	private final AtomicLong serverErrors = new AtomicLong();

	private final Latencies latencies = new Latencies();

	private volatile Boolean tokens;

	ProductClient(String baseUrl, Function<String, String> passwordOf) {
		this.baseUrl = baseUrl;
		this.passwordOf = passwordOf;
	}

	/** "Bearer tokens" or "HTTP Basic", after the first request. */
	String authentication() {
		return Boolean.TRUE.equals(tokens) ? "Bearer tokens (POST /api/tokens)" : "HTTP Basic (no POST /api/tokens)";
	}

	long serverErrors() {
		return serverErrors.get();
	}

	/** The mean answer time per kind of request since the last call. */
	String takeLatencies() {
		return latencies.takeSummary();
	}

	HttpResponse<byte[]> get(String user, String path) {
		return send(user, request(path).GET());
	}

	HttpResponse<byte[]> post(String user, String path, Object body) {
		return post(user, path, body, null);
	}

	/** A POST whose answer time counts under that kind (e.g. the task it completes) instead of its path's. */
	HttpResponse<byte[]> post(String user, String path, Object body, String kind) {
		return send(user, request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(write(body))),
				kind);
	}

	HttpResponse<byte[]> put(String user, String path, Object body) {
		return send(user, request(path).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(write(body))));
	}

	/** A multipart upload of one file, as {@code POST /api/admin/organisation/import} and {@code /api/imports} take it. */
	HttpResponse<byte[]> upload(String user, String path, String fileName, byte[] content, String... fields) {
		String boundary = "----bench" + System.nanoTime();
		List<byte[]> parts = new ArrayList<>();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
					+ fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		parts.add(content);
		parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(user, request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArrays(parts)));
	}

	/** The response's JSON, or an exception naming the request when its status is not the one expected. */
	static JsonNode expect(int status, HttpResponse<byte[]> response) {
		String body = new String(response.body(), StandardCharsets.UTF_8);
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
					+ response.statusCode() + " instead of " + status + ": " + body.substring(0, Math.min(400, body.length())));
		}
		try {
			return body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
		}
		catch (IOException ex) {
			return JSON.getNodeFactory().textNode(body);
		}
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(10));
	}

	HttpResponse<byte[]> send(String user, HttpRequest.Builder request) {
		return send(user, request, null);
	}

	private HttpResponse<byte[]> send(String user, HttpRequest.Builder request, String kind) {
		if (user != null) {
			request.header("Authorization", authorizations.computeIfAbsent(user, this::signIn));
		}
		HttpRequest built = request.build();
		long start = System.nanoTime();
		HttpResponse<byte[]> response = exchange(built);
		long nanos = System.nanoTime() - start;
		if (kind == null) {
			latencies.record(built.method(), built.uri().getPath(), nanos);
		}
		else {
			latencies.record(built.method(), kind, nanos);
		}
		if (response.statusCode() >= 500) {
			serverErrors.incrementAndGet();
		}
		return response;
	}

	private String signIn(String user) {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + passwordOf.apply(user)).getBytes(StandardCharsets.UTF_8));
		if (Boolean.FALSE.equals(tokens)) {
			return basic;
		}
		HttpResponse<byte[]> response = exchange(request("/api/tokens").header("Authorization", basic)
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"name\":\"bench-" + user + "\"}"))
			.build());
		tokens = response.statusCode() / 100 == 2;
		return tokens ? "Bearer " + expect(response.statusCode(), response).get("token").asText() : basic;
	}

	private HttpResponse<byte[]> exchange(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String write(Object body) {
		try {
			return body instanceof String text ? text : JSON.writeValueAsString(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
