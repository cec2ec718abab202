package cn.budget.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.budget.template.RowRole;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The table rows of a published disclosure's working copy, released at publication and
 * rebuilt at a correction (docs/decisions.md, "A published disclosure keeps no working
 * copy"). While published the working copy equals the newest published version, which is
 * stored anyway: its rows were a third of a published disclosure's storage. Sections,
 * tables, headers and fields are kept: they are small, and the tables keep their ids, so
 * review comments and the restored rows stay anchored to them.
 */
@Component
class WorkingCopy {

	private static final String ROWS_OF = "from table_row where table_id in (select t.id from data_table t"
			+ " join section s on s.id = t.section_id where s.disclosure_id = ?)";

	private final JdbcTemplate jdbc;

	private final EntityManager entities;

	private final DisclosureVersionRepository versions;

	private final VersionContents contents;

	private final DraftRows rows;

	WorkingCopy(JdbcTemplate jdbc, EntityManager entities, DisclosureVersionRepository versions,
			VersionContents contents, DraftRows rows) {
		this.jdbc = jdbc;
		this.entities = entities;
		this.versions = versions;
		this.contents = contents;
		this.rows = rows;
	}

	/**
	 * The parts of the disclosure's newest published version, or empty when it was never
	 * published.
	 */
	Optional<List<PartContent>> publishedParts(long disclosureId) {
		return versions.newestOf(disclosureId, VersionInfo.Kind.PUBLICATION)
			.map(v -> contents.read(disclosureId, v.getContent(), v.getBodySha256()).getParts());
	}

	/**
	 * Of each of the disclosures ever published, the parts of its newest published
	 * version, read in one query.
	 */
	Map<Long, List<PartContent>> publishedParts(Collection<Long> disclosureIds) {
		Map<Long, List<PartContent>> parts = new HashMap<>();
		if (!disclosureIds.isEmpty()) {
			versions.newestOf(disclosureIds, VersionInfo.Kind.PUBLICATION)
				.forEach(v -> parts.put(v.getDisclosureId(),
						contents.read(v.getDisclosureId(), v.getContent(), v.getBodySha256()).getParts()));
		}
		return parts;
	}

	/**
	 * Deletes the rows of the just published disclosure with one statement. The
	 * disclosure is no longer managed afterwards (its loaded rows would be stale): a
	 * later read in the transaction loads it again.
	 */
	void release(Disclosure disclosure) {
		entities.flush();
		jdbc.update("delete " + ROWS_OF, disclosure.getId());
		entities.detach(disclosure);
	}

	/**
	 * Writes the newest published version's rows back into the tables, with their ids,
	 * values and provenance as published; no event, it is no one's change. A disclosure
	 * published before rows were released still has them and is left as it is.
	 * @return the disclosure, loaded again when rows were written
	 */
	Disclosure restore(Disclosure disclosure) {
		long id = disclosure.getId();
		Integer kept = jdbc.queryForObject("select count(*) " + ROWS_OF, Integer.class, id);
		if (kept != null && kept > 0) {
			return disclosure;
		}
		List<Object[]> batch = new ArrayList<>();
		publishedParts(id).orElse(List.of()).forEach(part -> part.getTables().forEach(table -> addRows(batch, table)));
		entities.flush();
		rows.insertRows(batch);
		entities.detach(disclosure);
		return entities.find(Disclosure.class, id);
	}

	private void addRows(List<Object[]> batch, TableContent table) {
		for (int i = 0; i < table.getRows().size(); i++) {
			RowContent row = table.getRows().get(i);
			Map<String, CellValue> cells = new LinkedHashMap<>();
			row.getCells().forEach((key, cell) -> cells.put(key, stored(cell)));
			cells.values().removeIf(CellValue::isEmpty);
			Long rowId = row.getId() != null ? row.getId() : Long.valueOf(rows.nextRowId());
			batch.add(new Object[] { rowId, table.getId(), i, row.getKey(), row.getLevel(),
					RowRole.parse(row.getRole()).name(), RowCells.encode(cells) });
		}
	}

	// The value as read from the row when it was frozen: text, parsed parts, provenance.
	private static CellValue stored(CellContent cell) {
		return new CellValue(cell.getValue(), cell.getAmount(), cell.getComparator(), cell.getUnit(),
				cell.isConfidential())
			.withSource(cell.getSource());
	}

}
