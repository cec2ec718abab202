package cn.budget.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the audit key comes from: configuration, a key file outside the database, or
 * (embedded runs only) a key file generated on first start, readable by its owner only.
 */
class AuditKeysTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	static final String KEY_1 = "MTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMTE=";

	static final String KEY_2 = "MjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjI=";

	@TempDir
	Path dir;

	@Test
	void anEmbeddedRunGeneratesAnOwnerOnlyKeyFileOnceAndKeepsUsingIt() throws IOException {
		Path file = dir.resolve("data/audit-keys.properties");
		AuditKeys first = AuditKeySource.load(new AuditProperties(Map.of(), null, file, true), CLOCK);
		assertThat(first.currentId()).isEqualTo("k20261201");
		assertThat(Files.readString(file)).contains("current-key=k20261201").contains("keys.k20261201=");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

		AuditKeys again = AuditKeySource.load(new AuditProperties(Map.of(), null, file, true), CLOCK);
		assertThat(again.mac(again.currentId(), "x")).isEqualTo(first.mac(first.currentId(), "x"));
	}

	@Test
	void productionRefusesToStartWithoutAConfiguredKey() {
		Path file = dir.resolve("audit-keys.properties");
		assertThatThrownBy(() -> AuditKeySource.load(new AuditProperties(Map.of(), null, file, false), CLOCK))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("No audit key configured");
		assertThat(file).doesNotExist();
	}

	@Test
	void configuredKeysNeedNoFileAndNameTheCurrentOne() {
		AuditKeys keys = AuditKeySource.load(
				new AuditProperties(Map.of("k1", KEY_1, "k2", KEY_2), "k2", dir.resolve("absent.properties"), true),
				CLOCK);
		assertThat(keys.currentId()).isEqualTo("k2");
		assertThat(keys.knows("k1")).isTrue();
		assertThat(dir.resolve("absent.properties")).doesNotExist();
	}

	@Test
	void aKeyFileAndConfigurationAddUp() throws IOException {
		Path file = dir.resolve("keys.properties");
		Files.writeString(file, "keys.k1=" + KEY_1 + "\ncurrent-key=k1\n");
		AuditKeys keys = AuditKeySource.load(new AuditProperties(Map.of("k2", KEY_2), "k2", file, false), CLOCK);
		assertThat(keys.currentId()).isEqualTo("k2");
		assertThat(keys.knows("k1")).isTrue();
	}

	@Test
	void refusesShortKeysTheLegacyIdAndAnUnknownCurrentKey() {
		assertThatThrownBy(() -> new AuditKeys(Map.of("k1", "c2hvcnQ="), "k1")).hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> new AuditKeys(Map.of(AuditKeys.LEGACY, KEY_1), AuditKeys.LEGACY))
			.hasMessageContaining("reserved");
		assertThatThrownBy(() -> new AuditKeys(Map.of("k1", KEY_1), "k9")).hasMessageContaining("k9");
	}

}
