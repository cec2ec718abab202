package cn.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.content.CellView;
import cn.budget.content.MeasureUnit;
import cn.budget.content.RowView;
import cn.budget.content.TableRows;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A row's cells stored in its own column ({@link RowCells}): a save rewrites the rows
 * whose cells changed and no other, and amounts come back from the database exactly, with
 * the scale the cells always had (on H2, and on PostgreSQL in the build's second run).
 */
@IntegrationTest
class RowCellsIntegrationTests {

	private static final String ITEMS = "procurement_items";

	@Autowired
	EntityManagerFactory entities;

	@Autowired
	DisclosureQueries queries;

	@Autowired
	DisclosureDrafting drafting;

	@Autowired
	Directory directory;

	@Test
	void aSaveThatChangesOneCellRewritesThatRowOnly() {
		Actor drafter = directory.actorOf("drafter-ga").orElseThrow();
		long id = draftWithAmounts(drafter, "12.00", "7", "-3.5");
		DisclosureDocument stored = queries.document(drafter, id);
		PartContent part = stored.part("procurement").orElseThrow();
		part.tables(ITEMS).get(0).getRows().get(1).getCells().put("amount", CellContent.of("7.25"));

		Statistics statistics = entities.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		statistics.setStatisticsEnabled(true);
		try {
			drafting.savePart(drafter, id, "procurement", part, stored.getVersion());
			assertThat(statistics.getEntityStatistics(TableRow.class.getName()).getUpdateCount()).isEqualTo(1);
			assertThat(statistics.getEntityStatistics(TableRow.class.getName()).getInsertCount()).isZero();
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
		assertThat(amounts(drafter, id)).containsExactly(new BigDecimal("12.000000"), new BigDecimal("7.250000"),
				new BigDecimal("-3.500000"));
	}

	@Test
	void amountsComeBackExactlyWithTheScaleOfTheColumnTheyWereIn() {
		Actor drafter = directory.actorOf("drafter-ga").orElseThrow();
		long id = draftWithAmounts(drafter, "999999999999999.999999", "0.000001", "-0.1");
		assertThat(amounts(drafter, id)).containsExactly(new BigDecimal("999999999999999.999999"),
				new BigDecimal("0.000001"), new BigDecimal("-0.100000"));
		assertThat(queries.document(drafter, id).part("procurement").orElseThrow().tables(ITEMS).get(0).getRows())
			.extracting(row -> row.getCells().get("amount").getValue())
			.containsExactly("999999999999999.999999", "0.000001", "-0.1");
	}

	private long draftWithAmounts(Actor drafter, String... amounts) {
		long id = drafting.createDraft(drafter, "312", Years.beyondTheForms(), "BUDGET", MeasureUnit.WAN_YUAN);
		List<RowView> rows = java.util.Arrays.stream(amounts)
			.map(amount -> new RowView(null, null, 0, null,
					Map.of("project_name", CellView.of("项目" + amount), "amount", CellView.of(amount))))
			.toList();
		drafting.replaceTable(drafter, id, new TableRows(ITEMS, null, Map.of(), rows));
		return id;
	}

	private List<BigDecimal> amounts(Actor drafter, long id) {
		return queries.document(drafter, id)
			.part("procurement")
			.orElseThrow()
			.tables(ITEMS)
			.get(0)
			.getRows()
			.stream()
			.map(row -> row.getCells().get("amount").getAmount())
			.toList();
	}

}
