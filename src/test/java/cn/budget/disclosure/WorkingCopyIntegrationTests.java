package cn.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

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
 * rows at a correction.
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

	private static java.util.List<Long> rowIds(DisclosureDocument document) {
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
