package cn.budget.support;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Databases for the tests of a migration: each migrates its own database to the version
 * before, writes what the migration finds, migrates on and looks.
 */
public final class MigrationDatabases {

	private MigrationDatabases() {
	}

	/**
	 * An empty database of its own: on this JVM's PostgreSQL server when the suite runs
	 * there (the build's second run), else in memory on H2.
	 */
	public static DataSource fresh(String prefix) {
		String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
		if ("postgres".equals(System.getProperty(TestDatabase.PROPERTY))) {
			TestDatabase.createDatabase(TestDatabase.server(), name);
			return TestDatabase.server().getDatabase("postgres", name);
		}
		return new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

	/** Migrates the database up to the target version, with the given Java migrations. */
	public static void migrate(DataSource database, String target, JavaMigration... javaMigrations) {
		Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration")
			.javaMigrations(javaMigrations)
			.target(target)
			.load()
			.migrate();
	}

	/** Disclosure 1 of department 312, a draft of a template of its own. */
	public static void aDisclosure(JdbcTemplate jdbc) {
		jdbc.update("insert into disclosure_template (code, version, name_zh, name_en, definition)"
				+ " values ('MIGRATION', 1, '迁移', 'migration', '{}')");
		long template = jdbc.queryForObject("select id from disclosure_template where code = 'MIGRATION'", Long.class);
		jdbc.update("insert into disclosure (id, template_id, template_code, department_code, fiscal_year, title,"
				+ " unit_of_measure, state, version) values (1, ?, 'MIGRATION', '312', 2025, '迁移', '万元', 'DRAFT', 0)",
				template);
	}

}
