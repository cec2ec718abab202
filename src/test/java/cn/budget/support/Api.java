package cn.budget.support;

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
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON API of a running application over real HTTP, as the demo users (HTTP Basic,
 * password {@code demo}). The base address is asked for on every call, so a test can
 * alternate nodes.
 */
public final class Api {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Supplier<String> baseUrl;

	private final Function<String, String> passwordOf;

	public Api(Supplier<String> baseUrl) {
		this(baseUrl, user -> "demo");
	}

	/**
	 * For people of an organisation other than the demo one, each with their own
	 * password.
	 */
	public Api(Supplier<String> baseUrl, Function<String, String> passwordOf) {
		this.baseUrl = baseUrl;
		this.passwordOf = passwordOf;
	}

	public static ObjectMapper json() {
		return JSON;
	}

	public JsonNode get(String user, String path) {
		return expect(200, send(user, request(path).GET()));
	}

	public JsonNode post(String user, String path, Object body, int expected) {
		return expect(expected, send(user,
				request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(write(body)))));
	}

	public JsonNode put(String user, String path, Object body) {
		return put(user, path, body, 200);
	}

	public JsonNode put(String user, String path, Object body, int expected) {
		return expect(expected, send(user,
				request(path).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(write(body)))));
	}

	/**
	 * Answers the raw response, for downloads and for statuses a test wants to look at
	 * itself; a {@code null} user sends no credentials.
	 */
	public HttpResponse<byte[]> send(String user, HttpRequest.Builder request) {
		if (user != null) {
			String credentials = Base64.getEncoder()
				.encodeToString((user + ":" + passwordOf.apply(user)).getBytes(StandardCharsets.UTF_8));
			request.header("Authorization", "Basic " + credentials);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A multipart upload of one file with extra form fields, as {@code POST /api/imports}
	 * takes it.
	 */
	public JsonNode upload(String user, String path, String fileName, byte[] content, int expected, String... fields) {
		String boundary = "----" + UUID.randomUUID();
		List<byte[]> parts = new ArrayList<>();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
					+ fields[i + 1] + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		parts.add(content);
		parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return expect(expected,
				send(user, request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(BodyPublishers.ofByteArrays(parts))));
	}

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl.get() + path)).timeout(Duration.ofSeconds(60));
	}

	private static JsonNode expect(int expected, HttpResponse<byte[]> response) {
		String body = new String(response.body(), StandardCharsets.UTF_8);
		if (response.statusCode() != expected) {
			throw new AssertionError(response.request().method() + " " + response.request().uri() + " answered "
					+ response.statusCode() + " instead of " + expected + ": " + body);
		}
		try {
			return body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
		}
		catch (IOException ex) {
			return JSON.getNodeFactory().textNode(body);
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
