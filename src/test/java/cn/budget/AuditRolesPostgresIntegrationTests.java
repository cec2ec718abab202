package cn.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import cn.budget.audit.AuditAnchors;
import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.content.MeasureUnit;
import cn.budget.disclosure.NewDisclosure;
import cn.budget.identity.Actor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
 * The recommended PostgreSQL set-up of docs/operations.md: an owner role migrates, the
 * application connects as a role that owns nothing, and that role may not change or
 * remove audit events, nor drop the triggers that guard them.
 */
@SpringBootTest
@ActiveProfiles({ "test", "postgres" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(TestClockConfiguration.class)
class AuditRolesPostgresIntegrationTests {

	static final EmbeddedPostgres POSTGRES = startWithRoles();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DisclosureDrafting drafting;

	@Autowired
	AuditAnchors anchors;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		// No user in the URL: it would override the owner Flyway migrates as.
		registry.add("spring.datasource.url",
				() -> "jdbc:postgresql://localhost:" + POSTGRES.getPort() + "/disclosure");
		registry.add("spring.datasource.username", () -> "disclosure_app");
		registry.add("spring.datasource.password", () -> "app");
		registry.add("spring.flyway.user", () -> "disclosure_owner");
		registry.add("spring.flyway.password", () -> "owner");
	}

	@Test
	void theApplicationsRoleAppendsButCannotChangeRemoveOrUnguardAuditEvents() {
		long id = drafting
			.create(Actor.system("drafter-ga"), new NewDisclosure("312", 2042, "BUDGET", MeasureUnit.WAN_YUAN.label()))
			.id();
		assertThat(anchors.anchorDay()).isPresent();
		assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("disclosure_app");
		assertThatThrownBy(() -> jdbc.update("update audit_event set to_value = 'x' where disclosure_id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("permission denied");
		assertThatThrownBy(() -> jdbc.update("delete from audit_event where disclosure_id = ?", id))
			.hasStackTraceContaining("permission denied");
		assertThatThrownBy(() -> jdbc.update("delete from audit_anchor_entry"))
			.hasStackTraceContaining("permission denied");
		assertThatThrownBy(() -> jdbc.execute("drop trigger audit_event_append_only on audit_event"))
			.hasStackTraceContaining("must be owner");
		// Not the owner: granting itself the privilege back grants nothing.
		jdbc.execute("grant update on audit_event to disclosure_app");
		assertThatThrownBy(() -> jdbc.update("update audit_event set to_value = 'x' where disclosure_id = ?", id))
			.hasStackTraceContaining("permission denied");
		assertThat(jdbc.update("update audit_chain set last_seq = last_seq where disclosure_id = ?", id)).isEqualTo(1);
	}

	private static EmbeddedPostgres startWithRoles() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			run(postgres, "postgres", "create role disclosure_owner login password 'owner'",
					"create role disclosure_app login password 'app'",
					"create database disclosure owner disclosure_owner");
			run(postgres, "disclosure", "alter schema public owner to disclosure_owner",
					"grant usage, create on schema public to disclosure_app",
					"alter default privileges for role disclosure_owner grant select, insert, update, delete on tables to disclosure_app",
					"alter default privileges for role disclosure_owner grant usage, select on sequences to disclosure_app");
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void run(EmbeddedPostgres postgres, String database, String... statements) {
		try (Connection connection = postgres.getDatabase("postgres", database).getConnection();
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
