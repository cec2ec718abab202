package cn.budget.publication;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Published disclosures written straight into the tables (a disclosure, its published
 * version 1 and the portal's row), for the portal's list at province scale: as many as
 * wanted in seconds, where publishing each through the route would take hours. Ids start
 * far beyond what the product's sequences hand out, and {@link #delete} removes exactly
 * what was written.
 */
final class PublishedRows {

	/**
	 * Where the generated ids start: beyond any disclosure or version the product
	 * creates.
	 */
	static final long FIRST_ID = 1_000_000_000L;

	private final JdbcTemplate jdbc;

	private final long firstId;

	PublishedRows(JdbcTemplate jdbc, long firstId) {
		this.jdbc = jdbc;
		this.firstId = firstId;
	}

	/**
	 * @param departments how many departments (codes {@code P0001}, …) publish in each
	 * year
	 * @param years the fiscal years, each with one disclosure per department
	 * @param content the published version's content (JSON), e.g. a real publication's
	 */
	void write(int departments, List<Integer> years, String content, Instant publishedAt) {
		long templateId = jdbc.queryForObject("select max(id) from disclosure_template where code = 'BUDGET'",
				Long.class);
		List<Object[]> disclosures = new ArrayList<>();
		List<Object[]> versions = new ArrayList<>();
		List<Object[]> entries = new ArrayList<>();
		Timestamp at = Timestamp.from(publishedAt);
		long id = firstId;
		for (int year : years) {
			for (int d = 1; d <= departments; d++, id++) {
				String department = "P%04d".formatted(d);
				String title = "%s单位%d年部门预算".formatted(name(d), year);
				disclosures.add(new Object[] { id, templateId, "BUDGET", department, year, title, "WAN_YUAN",
						"PUBLISHED", 1L, at, "system", at, "system" });
				versions.add(new Object[] { id, id, "PUBLICATION", 1, 1L, at, "system", content });
				entries.add(new Object[] { id, department, year, "BUDGET", title, name(d), 1, at, at });
			}
		}
		jdbc.batchUpdate("insert into disclosure (id, template_id, template_code, department_code, fiscal_year, title, "
				+ "unit_of_measure, state, version, created_at, created_by, updated_at, updated_by) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", disclosures);
		// The portal's rows first: a version without one is a render still to do, which
		// the retry
		// would take up (and fail on, these versions having no real content).
		jdbc.batchUpdate("insert into portal_entry (disclosure_id, department_code, fiscal_year, template_code, title, "
				+ "department_name, published_version, published_at, first_published_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", entries);
		jdbc.batchUpdate("insert into disclosure_version (id, disclosure_id, kind, number, content_version, frozen_at, "
				+ "frozen_by, content) values (?, ?, ?, ?, ?, ?, ?, ?)", versions);
	}

	/**
	 * The departments themselves, for the portal's department filter (benchmarks only:
	 * tests share their organisation).
	 */
	void writeDepartments(int departments) {
		jdbc.batchUpdate("insert into department (code, name) values (?, ?)",
				IntStream.rangeClosed(1, departments)
					.mapToObj(d -> new Object[] { "P%04d".formatted(d), name(d) })
					.toList());
	}

	/** Removes every row {@link #write} wrote. */
	void delete() {
		jdbc.update("delete from portal_entry where disclosure_id >= ?", firstId);
		jdbc.update("delete from disclosure_version where id >= ?", firstId);
		jdbc.update("delete from disclosure where id >= ?", firstId);
	}

	/** The department's name, e.g. 第12局. */
	static String name(int department) {
		return "第" + department + "局";
	}

}
