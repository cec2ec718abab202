package cn.budget.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.budget.template.ColumnDefinition;
import cn.budget.template.FixedRowDefinition;
import cn.budget.template.PartDefinition;
import cn.budget.template.RowRole;
import cn.budget.template.TableDefinition;

/**
 * Maps the stored sections to the content as typed and sent over the API;
 * {@link SectionMerge} writes it back.
 */
final class ContentMapper {

	private ContentMapper() {
	}

	static PartContent toContent(Section section, PartDefinition part) {
		PartContent content = new PartContent(part.key());
		for (ColumnDefinition field : part.fields()) {
			CellValue value = section.getFields().get(field.key());
			if (value != null) {
				content.getFields().put(field.key(), toCell(value));
			}
		}
		for (DataTable table : section.getTables()) {
			content.getTables().add(toContent(table));
		}
		content.describe(part.numeral(), part.title().zh(), isFilled(content, part));
		return content;
	}

	private static TableContent toContent(DataTable table) {
		TableContent content = new TableContent(table.getTableKey());
		content.setId(table.getId());
		content.setTitle(table.getTitle());
		content.setUnitCode(table.getUnitCode());
		content.setUnitOfMeasure(table.getUnitOfMeasure() == null ? null : table.getUnitOfMeasure().label());
		content.setConfidential(table.isConfidential());
		content.setConfidentialReason(table.getConfidentialReason());
		table.getHeader().forEach((k, v) -> content.getHeader().put(k, toCell(v)));
		for (TableRow row : table.getRows()) {
			RowContent r = new RowContent();
			r.setId(row.getId());
			r.setKey(row.getRowKey());
			r.setLevel(row.getLevel());
			r.setRole(row.getRole() == RowRole.DATA ? null : row.getRole().name());
			row.getCells().forEach((k, v) -> r.getCells().put(k, toCell(v)));
			content.getRows().add(r);
		}
		return content;
	}

	private static CellContent toCell(CellValue value) {
		CellContent cell = new CellContent(value.getText(), value.isConfidential());
		cell.describeParsed(value.getAmount(), value.getComparator(), value.getMeasure());
		cell.setSource(value.getSource());
		return cell;
	}

	/**
	 * Whether the drafter has written anything in the part (fixed-row labels do not
	 * count).
	 */
	static boolean isFilled(PartContent content, PartDefinition part) {
		if (content.getFields().values().stream().anyMatch(f -> f != null && !f.isBlank())) {
			return true;
		}
		for (TableContent table : content.getTables()) {
			String label = part.table(table.getKey())
				.filter(d -> !d.columns().isEmpty())
				.map(d -> d.columns().get(0).key())
				.orElse(null);
			if (table.getHeader().values().stream().anyMatch(h -> h != null && !h.isBlank())) {
				return true;
			}
			for (RowContent row : table.getRows()) {
				if (row.getCells()
					.entrySet()
					.stream()
					.anyMatch(e -> !e.getValue().isBlank() && !(row.getKey() != null && e.getKey().equals(label)))) {
					return true;
				}
			}
		}
		return false;
	}

}
