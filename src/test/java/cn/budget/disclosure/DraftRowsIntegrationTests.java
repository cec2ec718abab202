package cn.budget.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.budget.content.MeasureUnit;
import cn.budget.content.TableRows;
import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.content.CellView;
import cn.budget.content.RowView;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.template.PartDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.template.TemplateCatalog;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.generator.Generator;
import org.hibernate.id.enhanced.Optimizer;
import org.hibernate.id.enhanced.PooledOptimizer;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.metamodel.MappingMetamodel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A new draft's rows are written with JDBC batches (DraftRows): the draft reads back as
 * the template's empty tables, and the ids it takes never meet those Hibernate hands out
 * for tables and rows added later.
 */
@IntegrationTest
class DraftRowsIntegrationTests {

	@Autowired
	DisclosureDrafting drafting;

	@Autowired
	DisclosureQueries queries;

	@Autowired
	TemplateCatalog templates;

	@Autowired
	Directory directory;

	@Autowired
	EntityManagerFactory entities;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	// DraftRows takes ids from the same sequences in the blocks Hibernate's pooled
	// optimizer uses: another optimizer or block size would hand out ids twice.
	@Test
	void hibernateTakesTheBatchedEntitiesIdsInTheSameBlocks() {
		MappingMetamodel model = entities.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
		for (Class<?> entity : List.of(Section.class, DataTable.class, TableRow.class)) {
			Generator generator = model.getEntityDescriptor(entity).getGenerator();
			assertThat(generator).as(entity.getSimpleName()).isInstanceOf(SequenceStyleGenerator.class);
			Optimizer optimizer = ((SequenceStyleGenerator) generator).getOptimizer();
			assertThat(optimizer).as(entity.getSimpleName()).isInstanceOf(PooledOptimizer.class);
			assertThat(optimizer.getIncrementSize()).as(entity.getSimpleName()).isEqualTo(DraftRows.BLOCK);
		}
	}

	@Test
	void aNewDraftHasEveryPartWithTheTemplatesEmptyTablesAndTheirFixedRows() {
		int year = Years.beyondTheForms();
		long id = drafting.createDraft(actor("drafter-ga"), "312", year, "BUDGET", MeasureUnit.WAN_YUAN);
		DisclosureDocument document = queries.document(actor("drafter-ga"), id);
		List<PartDefinition> parts = templates.current("BUDGET").parts();
		assertThat(document.getParts()).extracting(PartContent::getKey)
			.containsExactlyElementsOf(parts.stream().map(PartDefinition::key).toList());
		for (PartDefinition part : parts) {
			PartContent read = document.part(part.key()).orElseThrow();
			List<TableContent> expected = part.tables()
				.stream()
				.filter(t -> !t.repeatable())
				.map(t -> TableFactory.newTable(t, null))
				.toList();
			assertThat(read.getTables()).as(part.key()).containsExactlyElementsOf(expected);
			assertThat(read.getFields().values()).as(part.key()).allMatch(field -> field.getValue() == null);
		}
		assertThat(tables(document)).isNotEmpty().allMatch(table -> table.getId() != null);
	}

	@Test
	void idsOfBatchWrittenRowsAndOfRowsAddedLaterNeverMeet() {
		int year = Years.beyondTheForms();
		long first = drafting.createDraft(actor("drafter-ga"), "312", year, "BUDGET", MeasureUnit.WAN_YUAN);
		TableDefinition items = templates.current("BUDGET")
			.part("procurement")
			.orElseThrow()
			.table("procurement_items")
			.orElseThrow();
		Map<String, CellView> cells = new LinkedHashMap<>();
		cells.put("project_name", CellView.of("交警执法记录仪"));
		cells.put("amount", CellView.of("12.00"));
		RowView row = new RowView(null, null, 0, null, cells);
		drafting.replaceTable(actor("drafter-jj"), first, new TableRows(items.key(), null, Map.of(), List.of(row)));
		long second = drafting.createDraft(actor("drafter-jy"), "305", year, "BUDGET", MeasureUnit.WAN_YUAN);

		List<TableContent> tables = new ArrayList<>(tables(queries.document(actor("drafter-ga"), first)));
		tables.addAll(tables(queries.document(actor("drafter-jy"), second)));
		assertThat(tables).extracting(TableContent::getId).doesNotHaveDuplicates().doesNotContainNull();
		assertThat(tables.stream().flatMap(t -> t.getRows().stream()).map(RowContent::getId).toList())
			.doesNotHaveDuplicates()
			.doesNotContainNull();
		assertThat(queries.document(actor("drafter-ga"), first).part("procurement").orElseThrow().tables(items.key()))
			.singleElement()
			.satisfies(table -> assertThat(table.getRows()).extracting(r -> r.getCells().get("project_name").getValue())
				.containsExactly("交警执法记录仪"));
	}

	// On PostgreSQL the batches' foreign keys are checked with plans made for each row
	// (one cached while the tables were small scans them whole); the statements after
	// them in the same transaction are planned as configured.
	@Test
	void theRestOfTheTransactionIsPlannedAsBefore() {
		assumeTrue(
				"PostgreSQL"
					.equals(jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName())),
				"plan_cache_mode is PostgreSQL's");
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		String before = transaction.execute(status -> jdbc.queryForObject("show plan_cache_mode", String.class));
		String after = transaction.execute(status -> {
			drafting.createDraft(actor("drafter-ga"), "312", Years.beyondTheForms(), "BUDGET", MeasureUnit.WAN_YUAN);
			return jdbc.queryForObject("show plan_cache_mode", String.class);
		});
		assertThat(after).isEqualTo(before).isEqualTo("auto");
	}

	private static List<TableContent> tables(DisclosureDocument document) {
		return document.getParts().stream().flatMap(part -> part.getTables().stream()).toList();
	}

	private Actor actor(String username) {
		return directory.actorOf(username).orElseThrow();
	}

}
