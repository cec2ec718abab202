package cn.budget.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import cn.budget.identity.Actor;
import cn.budget.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Online backups of the embedded H2 store: H2's {@code BACKUP TO} writes a
 * transactionally consistent copy of the database file into a zip while the product keeps
 * serving, so restoring is unzipping it into an empty data directory
 * (docs/operations.md).
 */
@Service
public class Backups {

	static final String FOLDER = "backups";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final JdbcTemplate jdbc;

	private final Path folder;

	private final Clock clock;

	Backups(JdbcTemplate jdbc, @Value("${app.data-dir}") Path dataDir, Clock clock) {
		this.jdbc = jdbc;
		this.folder = dataDir.toAbsolutePath().normalize().resolve(FOLDER);
		this.clock = clock;
	}

	/**
	 * Writes a backup to {@code <data-dir>/backups/disclosure-<yyyyMMdd-HHmmss>.zip}, the
	 * time being the county's.
	 * @throws AccessDeniedException unless the actor is an administrator
	 * @throws BackupRefusedException on PostgreSQL, on an in-memory database, or when a
	 * backup of the same second exists
	 */
	public Backup create(Actor actor) {
		if (!actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators take backups");
		}
		requireH2File();
		Instant now = clock.instant();
		String name = "disclosure-" + STAMP.format(now.atZone(clock.getZone())) + ".zip";
		Path target = folder.resolve(name);
		if (Files.exists(target)) {
			throw new BackupRefusedException("error.backup.exists", name);
		}
		try {
			Files.createDirectories(folder);
			// The name is ours (a time stamp under the data directory), so quoting it is
			// enough.
			jdbc.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
			return new Backup(name, Files.size(target), now);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void requireH2File() {
		String url = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getURL());
		if (url == null || !url.startsWith("jdbc:h2:")) {
			throw new BackupRefusedException("error.backup.notH2");
		}
		if (url.startsWith("jdbc:h2:mem:")) {
			throw new BackupRefusedException("error.backup.inMemory");
		}
	}

}
