package cn.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import javax.sql.DataSource;

import cn.budget.support.MigrationDatabases;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration 39 on a database of the version before it: a version body stored as text
 * reads as before, a new one is stored deflated and reads back as the same document;
 * migration 40 then refuses a body with neither (on H2, and on PostgreSQL in the build's
 * second run).
 */
class VersionBodyMigrationIntegrationTests {

	@Test
	void bodiesStoredBeforeReadAsTextAndNewOnesAreStoredDeflated() throws Exception {
		DataSource database = MigrationDatabases.fresh("bodies");
		MigrationDatabases.migrate(database, "38", new RowCellsMigration());
		JdbcTemplate jdbc = new JdbcTemplate(database);
		MigrationDatabases.aDisclosure(jdbc);
		ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
		VersionContents contents = new VersionContents(jdbc, json);
		DisclosureDocument document = json.readValue("""
				{"id":1,"departmentCode":"312","fiscalYear":2025,"title":"迁移","version":3,"state":"APPROVED",
				 "parts":[{"key":"p","fields":{"f":{"value":"说明","confidential":false}},
				  "tables":[{"key":"t","rows":[{"level":0,"role":"DATA",
				   "cells":{"amount":{"value":"0.000001","amount":0.000001,"confidential":false}}}]}]}]}
				""", DisclosureDocument.class);
		String heading = contents.heading(document);
		jdbc.update("insert into version_body (disclosure_id, sha256, body) values (1, 'before', ?)",
				contents.write(document.getParts()));

		MigrationDatabases.migrate(database, "39", new RowCellsMigration());

		assertThat(contents.write(contents.read(1, heading, "before"))).isEqualTo(contents.write(document));
		newBodiesAreStoredDeflated(jdbc, contents, document);
		afterV40ABodyMustBeStored(database, jdbc, contents, document, heading);
	}

	private static void newBodiesAreStoredDeflated(JdbcTemplate jdbc, VersionContents contents,
			DisclosureDocument document) {
		VersionContents.Stored stored = contents.store(document);
		assertThat(jdbc.queryForObject(
				"select count(*) from version_body where sha256 = ? and body is null" + " and packed is not null",
				Integer.class, stored.bodyKey()))
			.isOne();
		assertThat(contents.write(contents.read(1, stored.heading(), stored.bodyKey())))
			.isEqualTo(contents.write(document));
	}

	private static void afterV40ABodyMustBeStored(DataSource database, JdbcTemplate jdbc, VersionContents contents,
			DisclosureDocument document, String heading) {
		MigrationDatabases.migrate(database, "40", new RowCellsMigration());
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> jdbc.update("insert into version_body (disclosure_id, sha256) values (1, 'neither')"));
		assertThat(contents.write(contents.read(1, heading, "before"))).isEqualTo(contents.write(document));
	}

}
