package cn.budget.audit;

import java.util.Objects;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Loads the audit keys from configuration and from the key file outside the database.
 * Without either, an embedded run generates a random key file readable by its owner only;
 * production ({@code generate-key: false}) refuses to start instead.
 */
final class AuditKeySource {

	private static final SecureRandom RANDOM = new SecureRandom();

	private AuditKeySource() {
	}

	static AuditKeys load(AuditProperties properties, Clock clock) {
		Map<String, String> keys = new LinkedHashMap<>();
		String current = null;
		Path file = properties.keyFile();
		if (file != null && !Files.exists(file) && properties.keys().isEmpty() && properties.generateKey()) {
			generate(file, "k" + LocalDate.now(clock).toString().replace("-", ""));
		}
		if (file != null && Files.exists(file)) {
			Properties stored = read(file);
			stored.stringPropertyNames()
				.stream()
				.filter(name -> name.startsWith("keys."))
				.forEach(name -> keys.put(name.substring("keys.".length()), stored.getProperty(name)));
			current = stored.getProperty("current-key");
		}
		keys.putAll(properties.keys());
		if (properties.currentKey() != null && !properties.currentKey().isBlank()) {
			current = properties.currentKey();
		}
		if (keys.isEmpty()) {
			throw new IllegalStateException(
					"No audit key configured: set app.audit.keys.<id> (base64, 32 bytes or more)"
							+ " and app.audit.current-key, or provide app.audit.key-file (" + file
							+ "); see docs/operations.md, \"Audit key\"");
		}
		return new AuditKeys(keys, current);
	}

	private static Properties read(Path file) {
		Properties stored = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			stored.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit key file " + file, ex);
		}
		return stored;
	}

	private static void generate(Path file, String keyId) {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		try {
			Files.createDirectories(Objects.requireNonNull(file.toAbsolutePath().getParent(), "the key file's folder"));
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			else {
				Files.createFile(file);
			}
			try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				writer
					.write("# Audit chain MAC keys (base64). Back this file up apart from the database, never in it;\n"
							+ "# to rotate, add a new keys.<id> line and point current-key at it, never remove old keys.\n");
				writer.write("keys." + keyId + "=" + Base64.getEncoder().encodeToString(key) + "\n");
				writer.write("current-key=" + keyId + "\n");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the audit key file " + file, ex);
		}
	}

}
