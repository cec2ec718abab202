package cn.budget.disclosure;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.budget.content.CellSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a new draft's sections, tables, rows and their values with one JDBC batch per
 * table instead of persisting them one by one: a draft of the budget template is about a
 * hundred entities and three hundred values, and Hibernate's persisting and flushing them
 * was a third of a round's opening (docs/benchmarks.md). The content is built as before
 * ({@link SectionMerge}); only the writing differs. Ids come from the entities' own
 * sequences in the blocks Hibernate's pooled optimizer uses, so the two never hand out
 * the same id.
 */
@Component
class DraftRows {

	/** The sequences' increment, the entities' {@code allocationSize} (migration 1). */
	static final int BLOCK = 50;

	private static final String VALUE_COLUMNS = "text_value, amount, comparator, measure, confidential, origin, "
			+ "source_text, source_line) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final int[] VALUE_TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.VARCHAR,
			Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.INTEGER };

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final SequenceBlocks sequences;

	private final boolean postgres;

	DraftRows(JdbcTemplate jdbc, EntityManager entityManager, EntityManagerFactory factory) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		Dialect dialect = factory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
		this.sequences = new SequenceBlocks(jdbc, dialect.getSequenceSupport());
		this.postgres = dialect instanceof PostgreSQLDialect;
	}

	/**
	 * Stores the disclosure, persisted but not yet flushed, with the given sections of
	 * it; afterwards the disclosure is no longer managed, so a later read in the same
	 * transaction loads it with its sections.
	 */
	void insert(Disclosure disclosure, List<Section> sections) {
		entityManager.flush();
		Batches batches = new Batches();
		for (Section section : sections) {
			long sectionId = sequences.next("section_seq");
			batches.sections
				.add(new Object[] { sectionId, disclosure.getId(), section.getPartKey(), section.getOrdinal() });
			values(batches.fields, sectionId, section.getFields());
			for (DataTable table : section.getTables()) {
				long tableId = sequences.next("data_table_seq");
				batches.tables.add(new Object[] { tableId, sectionId, table.getTableKey(), table.getOrdinal(),
						table.getTitle(), table.getUnitCode(),
						table.getUnitOfMeasure() == null ? null : table.getUnitOfMeasure().name(),
						table.isConfidential(), table.getConfidentialReason() });
				values(batches.headers, tableId, table.getHeader());
				for (TableRow row : table.getRows()) {
					long rowId = sequences.next("table_row_seq");
					batches.rows.add(new Object[] { rowId, tableId, row.getOrdinal(), row.getRowKey(), row.getLevel(),
							row.getRole().name(), row.storedCells() });
				}
			}
		}
		write(batches);
		entityManager.detach(disclosure);
	}

	/**
	 * Writes rows into existing tables: {id, table id, ordinal, row key, level, role,
	 * stored cells} each (a released working copy rebuilt, {@link WorkingCopy}).
	 */
	void insertRows(List<Object[]> rows) {
		Batches batches = new Batches();
		batches.rows.addAll(rows);
		write(batches);
	}

	/** An unused id for a row written with {@link #insertRows}. */
	long nextRowId() {
		return sequences.next("table_row_seq");
	}

	// PostgreSQL checks each row's foreign key with a plan it caches per connection. Made
	// while the draft tables were nearly empty (a new installation's first round), that
	// plan reads the whole parent table for every row, ever longer as a round opens
	// (docs/benchmarks.md); plans made for each row see the tables as they are.
	// The mode in force before is restored, not the session's default, so a value the
	// connection was given keeps holding for the rest of the transaction.
	private void write(Batches batches) {
		if (!postgres) {
			batches.write(jdbc);
			return;
		}
		String before = jdbc.queryForObject("select current_setting('plan_cache_mode')", String.class);
		jdbc.execute("set local plan_cache_mode = force_custom_plan");
		try {
			batches.write(jdbc);
		}
		finally {
			jdbc.queryForObject("select set_config('plan_cache_mode', ?, true)", String.class, before);
		}
	}

	private static void values(List<Object[]> batch, long ownerId, Map<String, CellValue> values) {
		values.forEach((key, value) -> {
			CellSource source = value.getSource();
			batch.add(new Object[] { ownerId, key, value.getText(), value.getAmount(), value.getComparator(),
					value.getMeasure(), value.isConfidential(), source == null ? null : source.kind().name(),
					source == null ? null : source.sentence(), source == null ? null : source.line() });
		});
	}

	/** The rows of one draft, by table, written parents first. */
	private static final class Batches {

		final List<Object[]> sections = new ArrayList<>();

		final List<Object[]> fields = new ArrayList<>();

		final List<Object[]> tables = new ArrayList<>();

		final List<Object[]> headers = new ArrayList<>();

		final List<Object[]> rows = new ArrayList<>();

		void write(JdbcTemplate jdbc) {
			batch(jdbc, "insert into section (id, disclosure_id, part_key, ordinal) values (?, ?, ?, ?)", sections,
					Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.INTEGER);
			batch(jdbc, "insert into section_field (section_id, field_key, " + VALUE_COLUMNS, fields, VALUE_TYPES);
			batch(jdbc,
					"insert into data_table (id, section_id, table_key, ordinal, title, unit_code, unit_of_measure,"
							+ " confidential, confidential_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					tables, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
					Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR);
			batch(jdbc, "insert into table_header (table_id, field_key, " + VALUE_COLUMNS, headers, VALUE_TYPES);
			batch(jdbc,
					"insert into table_row (id, table_id, ordinal, row_key, level, role, cells)"
							+ " values (?, ?, ?, ?, ?, ?, ?)",
					rows, Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.INTEGER, Types.VARCHAR,
					Types.VARCHAR);
		}

		private static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows, int... types) {
			if (!rows.isEmpty()) {
				jdbc.batchUpdate(sql, rows, types);
			}
		}

	}

}
