package cn.budget.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import cn.budget.content.ContentAddress;
import cn.budget.support.MigrationDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration 36 on a database of the version before it: every stored comment gets the
 * content address of the place its part key and stored ids named (on H2, and on
 * PostgreSQL in the build's second run).
 */
class CommentAddressMigrationIntegrationTests {

	@Test
	void storedCommentsGetTheAddressOfThePlaceTheyNamed() {
		DataSource database = MigrationDatabases.fresh("comments");
		MigrationDatabases.migrate(database, "35");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		MigrationDatabases.aDisclosure(jdbc);
		comment(jdbc, "procurement", 7L, 42L);
		comment(jdbc, "procurement", 7L, null);
		comment(jdbc, "overview", null, null);
		comment(jdbc, null, null, null);

		MigrationDatabases.migrate(database, "36");

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

}
