package cn.budget.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.budget.IntegrationTest;
import cn.budget.identity.OrganisationChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction's audit events are appended as it commits (AuditBuffer): a transaction
 * started beside it (REQUIRES_NEW, as a round's batches of departments are) commits or
 * rolls back its own events, never the other's.
 */
@IntegrationTest
class AuditBufferIntegrationTests {

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anInnerTransactionRolledBackTakesOnlyItsOwnEventsWithIt() {
		String outer = subject();
		String inner = subject();
		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			record(outer);
			try {
				beside().executeWithoutResult(innerTx -> {
					record(inner);
					throw new IllegalStateException("rolled back");
				});
			}
			catch (IllegalStateException expected) {
				// the inner transaction rolled back
			}
		});
		assertThat(recorded(outer)).isEqualTo(1);
		assertThat(recorded(inner)).isZero();
		assertConsecutive();
	}

	@Test
	void anInnerTransactionCommitsItsEventsEvenWhenTheOuterRollsBack() {
		String outer = subject();
		String inner = subject();
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.executeWithoutResult(tx -> {
			record(outer);
			beside().executeWithoutResult(innerTx -> record(inner));
			record(outer);
			tx.setRollbackOnly();
		});
		assertThat(recorded(inner)).isEqualTo(1);
		assertThat(recorded(outer)).isZero();
		assertConsecutive();
	}

	@Test
	void anEventFirstRecordedWhileTheTransactionCommitsIsNotLost() {
		String late = subject();
		new TransactionTemplate(transactions).executeWithoutResult(
				tx -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void beforeCommit(boolean readOnly) {
						record(late);
					}
				}));
		assertThat(recorded(late)).isEqualTo(1);
		assertConsecutive();
	}

	private TransactionTemplate beside() {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return template;
	}

	private void record(String subject) {
		events.publishEvent(new OrganisationChanged(Instant.now(), "admin", "TEST", subject, "field", null, "x"));
	}

	private long recorded(String subject) {
		return jdbc.queryForObject("select count(*) from audit_event where disclosure_id = 0 and part = ?", Long.class,
				subject);
	}

	private void assertConsecutive() {
		List<Long> seqs = jdbc.queryForList("select seq from audit_event where disclosure_id = 0 order by seq",
				Long.class);
		for (int i = 1; i < seqs.size(); i++) {
			assertThat(seqs.get(i)).isEqualTo(seqs.get(i - 1) + 1);
		}
	}

	private static String subject() {
		return "buffer-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
