package cn.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;

import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.Disclosures;
import cn.budget.content.MeasureUnit;
import cn.budget.audit.AuditAnchors;
import cn.budget.disclosure.NewDisclosure;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real PostgreSQL server: the same Flyway migrations,
 * Hibernate's schema validation, Camunda's schema, and a whole disclosure stored and read
 * back.
 */
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
// Closed after this class, while the server still runs; the server stops with the JVM.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(TestClockConfiguration.class)
class PostgresIntegrationTests {

	static final EmbeddedPostgres POSTGRES = start();

	@Autowired
	Flyway flyway;

	@Autowired
	DisclosureDrafting drafting;

	@Autowired
	DisclosureQueries queries;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditAnchors anchors;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
	}

	@Test
	void everyMigrationIsAppliedOnPostgres() {
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(flyway.info().applied()).isNotEmpty();
		assertThat(flyway.info().current().getVersion().getVersion()).isNotBlank();
	}

	@Test
	void storesAndReadsAWholeDisclosure() {
		DisclosureDocument created = Disclosures.document(drafting.create(Actor.system("drafter-ga"),
				new NewDisclosure("312", 2040, "BUDGET", MeasureUnit.WAN_YUAN.label())));
		drafting.update(directory.actorOf("drafter-ga").orElseThrow(), created.getId(),
				Disclosures.wholeBudgetDisclosure(created));
		DisclosureDocument read = Disclosures.document(queries.content(Actor.SYSTEM, created.getId()));
		assertThat(read.getParts()).filteredOn(p -> !"standard_tables".equals(p.getKey()))
			.allSatisfy(p -> assertThat(p.getFilled()).as(p.getKey()).isTrue());
		assertThat(read.part("overview")
			.orElseThrow()
			.getTables()
			.get(0)
			.getRows()
			.get(0)
			.getCells()
			.get("current")
			.getAmount()).isEqualByComparingTo("8319.42");
	}

	@Test
	void auditEventsAndAnchorsRefuseUpdateDeleteAndTruncateThroughTheApplicationsConnection() {
		long id = drafting
			.create(Actor.system("drafter-ga"), new NewDisclosure("312", 2041, "BUDGET", MeasureUnit.WAN_YUAN.label()))
			.id();
		anchors.anchorDay();
		assertThatThrownBy(() -> jdbc.update("update audit_event set to_value = 'x' where disclosure_id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("append-only: UPDATE on audit_event");
		assertThatThrownBy(() -> jdbc.update("delete from audit_event where disclosure_id = ?", id))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.update("update audit_anchor_entry set mac = 'x'"))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.update("delete from audit_anchor")).isInstanceOf(DataAccessException.class);
		// The head moves with every append.
		assertThat(jdbc.update("update audit_chain set last_seq = last_seq where disclosure_id = ?", id)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where disclosure_id = ?", Long.class, id))
			.isEqualTo(1);
	}

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
