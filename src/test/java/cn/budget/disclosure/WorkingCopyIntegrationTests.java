package cn.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.content.MeasureUnit;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lifecycle releases a published disclosure's rows and rebuilds them at a correction,
 * without the workflow; a disclosure published before rows were released keeps its rows,
 * is read as its published version all the same, and is not given a second copy of its
 * rows at a correction. Of two correction starts at once, the second waits for the
 * first's lock and is refused.
 */
@IntegrationTest
class WorkingCopyIntegrationTests {

	@Autowired
	DisclosureDrafting drafting;

	@Autowired
	DisclosureLifecycle lifecycle;

	@Autowired
	DisclosureQueries queries;

	@Autowired
	WorkingCopy workingCopy;

	@Autowired
	EntityManager entities;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@Test
	void publicationReleasesTheRowsAndACorrectionRebuildsThemWithTheirIds() {
		long id = approvedWholeDisclosure();
		DisclosureDocument approved = queries.document(Actor.SYSTEM, id);
		lifecycle.publish(id, "supervisor", null);
		assertThat(rowsOf(id)).isZero();
		assertThat(parts(queries.document(Actor.SYSTEM, id))).isEqualTo(parts(approved));
		lifecycle.reopenForCorrection(id, "drafter-ga", LocalDate.of(2026, 5, 1));
		DisclosureDocument reopened = queries.document(Actor.SYSTEM, id);
		assertThat(reopened.getState().name()).isEqualTo("DRAFT");
		assertThat(parts(reopened)).isEqualTo(parts(approved));
		assertThat(rowIds(reopened)).isEqualTo(rowIds(approved));
	}

	@Test
	void aDisclosurePublishedWithItsRowsKeepsThemAndGetsNoSecondCopy() {
		long id = approvedWholeDisclosure();
		DisclosureDocument approved = queries.document(Actor.SYSTEM, id);
		int rows = rowsOf(id);
		lifecycle.publish(id, "supervisor", null);
		// As published before rows were released: the rows are back while published.
		new TransactionTemplate(transactions)
			.executeWithoutResult(s -> workingCopy.restore(entities.find(Disclosure.class, id)));
		assertThat(rowsOf(id)).isEqualTo(rows);
		assertThat(parts(queries.document(Actor.SYSTEM, id))).isEqualTo(parts(approved));
		lifecycle.reopenForCorrection(id, "drafter-ga", LocalDate.of(2026, 5, 1));
		assertThat(rowsOf(id)).isEqualTo(rows);
		assertThat(parts(queries.document(Actor.SYSTEM, id))).isEqualTo(parts(approved));
	}

	@Test
	void ofTwoSimultaneousCorrectionStartsOneRebuildsTheRowsAndTheOtherIsRefused() throws Exception {
		long id = approvedWholeDisclosure();
		int rows = rowsOf(id);
		lifecycle.publish(id, "supervisor", null);
		assertThat(reopenedTwiceAtOnce(id)).containsExactlyInAnyOrder("reopened", "refused");
		assertThat(rowsOf(id)).isEqualTo(rows);
	}

	private List<String> reopenedTwiceAtOnce(long id) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				outcomes.add(pool.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					try {
						lifecycle.reopenForCorrection(id, "drafter-ga", LocalDate.of(2026, 5, 1));
						return "reopened";
					}
					catch (IllegalDisclosureStateException ex) {
						return "refused";
					}
				}));
			}
			List<String> answers = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				answers.add(outcome.get(120, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long approvedWholeDisclosure() {
		Actor drafter = directory.actorOf("drafter-ga").orElseThrow();
		long id = drafting.createDraft(drafter, "312", Years.beyondTheForms(), "BUDGET", MeasureUnit.WAN_YUAN);
		drafting.update(drafter, id, Disclosures.wholeBudgetDisclosure(queries.document(Actor.SYSTEM, id)));
		lifecycle.submit(id, "drafter-ga", null);
		lifecycle.signOff(id, "leader-ga");
		lifecycle.approve(id, "reviewer");
		return id;
	}

	// Every value, id and provenance as the API writes them.
	private JsonNode parts(DisclosureDocument document) {
		return json.valueToTree(document.getParts());
	}

	private static List<Long> rowIds(DisclosureDocument document) {
		return document.getParts()
			.stream()
			.flatMap(p -> p.getTables().stream())
			.flatMap(t -> t.getRows().stream())
			.map(RowContent::getId)
			.toList();
	}

	private int rowsOf(long id) {
		return jdbc.queryForObject("select count(*) from table_row r join data_table t on t.id = r.table_id"
				+ " join section s on s.id = t.section_id where s.disclosure_id = ?", Integer.class, id);
	}

}
