package cn.budget.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The H2 file store's backup and restore as docs/operations.md describes them: an
 * administrator takes a backup while the product runs ({@code POST /api/admin/backups});
 * restoring is unzipping it into a fresh data directory and starting the product there.
 * The restored product holds the same disclosures, published files, audit chains and
 * comments as at the backup, and nothing done after it. The file is named by the
 * application's clock, and a second backup of the same second is refused.
 */
class H2BackupIntegrationTests {

	@TempDir
	Path work;

	@Test
	void aBackupTakenWhileRunningRestoresIntoAFreshDataDirectory() throws IOException {
		Path live = work.resolve("data");
		Path zip;
		StoreContents atBackup;
		try (ConfigurableApplicationContext app = Applications.onH2(live)) {
			Work.routeWithDraftAndComment(app, 2031);
			atBackup = StoreContents.of(app);
			atBackup.assertHoldsTheTestData();

			zip = backUp(app, live);

			Work.routeWithDraftAndComment(app, 2032);
		}
		Path restored = work.resolve("restored");
		assertThat(unzip(zip, restored)).containsExactly("disclosure.mv.db");
		// The audit key is not in the backup (it guards the chains against whoever holds
		// the database).
		Files.copy(live.resolve("audit-keys.properties"), restored.resolve("audit-keys.properties"));
		try (ConfigurableApplicationContext app = Applications.onH2(restored)) {
			StoreContents.of(app).assertSameAs(atBackup);
		}
	}

	/** Takes the backup; a second one at once and one by a supervisor are refused. */
	private static Path backUp(ConfigurableApplicationContext app, Path live) throws IOException {
		Applications.Answer answer = Applications.post(app, "/api/admin/backups", "admin");
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		JsonNode backup = new ObjectMapper().readTree(answer.body());
		assertThat(backup.get("file").asText()).isEqualTo("disclosure-20260302-090000.zip");
		Path zip = live.resolve("backups").resolve(backup.get("file").asText());
		assertThat(Files.size(zip)).isEqualTo(backup.get("size").asLong());

		Applications.Answer again = Applications.post(app, "/api/admin/backups", "admin");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("disclosure-20260302-090000.zip");
		assertThat(Applications.post(app, "/api/admin/backups", "supervisor").status()).isEqualTo(403);
		return zip;
	}

	/**
	 * What {@code unzip <backup> -d
	 *
	<dir>
	 * } does; answers the names of the files.
	 */
	private static List<String> unzip(Path zip, Path directory) throws IOException {
		List<String> names = new ArrayList<>();
		Files.createDirectories(directory);
		try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				Path target = directory.resolve(entry.getName()).normalize();
				assertThat(target.startsWith(directory)).as(entry.getName()).isTrue();
				Files.createDirectories(target.getParent());
				Files.copy(entries, target);
				names.add(entry.getName());
			}
		}
		return names;
	}

}
