package cn.budget.audit;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the audit chain's MAC keys come from (docs/operations.md, "Audit key").
 *
 * @param keys base64 keys by key id, from configuration (never from the database)
 * @param currentKey the key id new events are sealed with
 * @param keyFile a properties file holding {@code keys.<id>} and {@code current-key},
 * read when present
 * @param generateKey whether a missing key file is created with a random key (never in
 * production)
 */
@ConfigurationProperties("app.audit")
record AuditProperties(@DefaultValue Map<String, String> keys, String currentKey, Path keyFile,
		@DefaultValue("true") boolean generateKey) {
}
