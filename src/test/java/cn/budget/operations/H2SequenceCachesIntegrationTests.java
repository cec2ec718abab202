package cn.budget.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.budget.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After the migrations: on H2 every sequence and identity column of the schema writes its
 * state once per 1,000 numbers; on PostgreSQL the sequences keep handing out one number
 * at a time per connection (ids in the order of their creation).
 */
@IntegrationTest
class H2SequenceCachesIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void sequencesAndIdentityColumnsCacheAThousandNumbersOnH2Only() {
		String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
		if (!"H2".equals(database)) {
			assertThat(jdbc.queryForList("select distinct cache_size from pg_sequences where schemaname = 'public'",
					Long.class))
				.containsExactly(1L);
			return;
		}
		List<Long> sequences = jdbc.queryForList(
				"select cache from information_schema.sequences where sequence_schema = schema()", Long.class);
		List<Long> identities = jdbc.queryForList(
				"select identity_cache from information_schema.columns where is_identity = 'YES' and table_schema = schema()",
				Long.class);
		assertThat(sequences).hasSizeGreaterThanOrEqualTo(5).containsOnly((long) H2SequenceCaches.CACHE);
		assertThat(identities).hasSizeGreaterThanOrEqualTo(10).containsOnly((long) H2SequenceCaches.CACHE);
	}

}
