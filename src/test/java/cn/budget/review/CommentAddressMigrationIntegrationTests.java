package cn.budget.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import cn.budget.content.ContentAddress;
import cn.budget.support.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration 36 on a database of the version before it: every stored comment gets the
 * content address of the place its part key and stored ids named (on H2, and on
 * PostgreSQL in the build's second run).
 */
class CommentAddressMigrationIntegrationTests {

	@Test
	void storedCommentsGetTheAddressOfThePlaceTheyNamed() {
		DataSource database = freshDatabase();
		migrate(database, "35");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		jdbc.update("insert into disclosure_template (code, version, name_zh, name_en, definition)"
				+ " values ('MIGRATION', 1, '迁移', 'migration', '{}')");
		long template = jdbc.queryForObject("select id from disclosure_template where code = 'MIGRATION'", Long.class);
		jdbc.update("insert into disclosure (id, template_id, template_code, department_code, fiscal_year, title,"
				+ " unit_of_measure, state, version) values (1, ?, 'MIGRATION', '312', 2025, '迁移', '万元', 'DRAFT', 0)",
				template);
		comment(jdbc, "procurement", 7L, 42L);
		comment(jdbc, "procurement", 7L, null);
		comment(jdbc, "overview", null, null);
		comment(jdbc, null, null, null);

		migrate(database, "36");

		List<String> addresses = jdbc.queryForList("select anchor_address from review_comment order by id",
				String.class);
		assertThat(addresses).containsExactly("procurement:table:~7:row:~42", "procurement:table:~7", "overview", null);
		assertThat(ContentAddress.parse(addresses.get(0)))
			.isEqualTo(ContentAddress.row("procurement", ContentAddress.Ref.id(7), ContentAddress.Ref.id(42)));
		assertThat(jdbc.queryForList("select anchor_label from review_comment order by id", String.class))
			.containsExactly("采购表 › #1", null, null, null);
	}

	private static void comment(JdbcTemplate jdbc, String part, Long table, Long row) {
		jdbc.update(
				"insert into review_comment (disclosure_id, part_key, table_id, row_id, anchor_label, text, author,"
						+ " created_at, status) values (1, ?, ?, ?, ?, '请核实', 'reviewer', ?, 'OPEN')",
				part, table, row, row == null ? null : "采购表 › #1", OffsetDateTime.parse("2026-03-01T08:00:00Z"));
	}

	private static void migrate(DataSource database, String target) {
		Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load().migrate();
	}

	// A database of its own: on the build's PostgreSQL server when the suite runs there.
	private static DataSource freshDatabase() {
		String name = "comments_" + UUID.randomUUID().toString().replace("-", "");
		if ("postgres".equals(System.getProperty(TestDatabase.PROPERTY))) {
			EmbeddedPostgres server = TestDatabase.server();
			TestDatabase.createDatabase(server, name);
			return server.getDatabase("postgres", name);
		}
		return new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

}
