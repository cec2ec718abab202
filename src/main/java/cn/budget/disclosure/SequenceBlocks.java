package cn.budget.disclosure;

import java.util.HashMap;
import java.util.Map;

import org.hibernate.dialect.sequence.SequenceSupport;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ids from the entities' sequences for rows written with JDBC ({@link DraftRows}), in the
 * blocks Hibernate's pooled optimizer uses: a sequence value {@code v} stands for the ids
 * {@code v - 49} to {@code v}. Hibernate takes its ids the same way from the same
 * sequences, so no id is handed out twice; like Hibernate, a block outlives the
 * transaction it was fetched in (a rollback skips ids, never repeats them).
 */
final class SequenceBlocks {

	private final JdbcTemplate jdbc;

	private final SequenceSupport dialect;

	private final Map<String, long[]> blocks = new HashMap<>();

	SequenceBlocks(JdbcTemplate jdbc, SequenceSupport dialect) {
		this.jdbc = jdbc;
		this.dialect = dialect;
	}

	/** The next unused id of the sequence. */
	synchronized long next(String sequence) {
		// {next id, last id of the block}
		long[] block = blocks.computeIfAbsent(sequence, s -> new long[] { 1, 0 });
		if (block[0] > block[1]) {
			Long value = jdbc.queryForObject(dialect.getSequenceNextValString(sequence), Long.class);
			long last = value == null ? 0 : value;
			// The sequence's first value stands for itself alone (Hibernate's rule
			// for the initial value), every later one for the block below it.
			block[0] = Math.max(1, last - DraftRows.BLOCK + 1);
			block[1] = last;
		}
		return block[0]++;
	}

}
