package cn.budget.exchange.recognising;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import cn.budget.template.FixedRowDefinition;
import cn.budget.template.RowRole;
import cn.budget.template.TableDefinition;

/**
 * Gives read rows their shape in the template: the fixed row a label names (资产总额, 房屋 …),
 * the level of an indented activity under its duty, total and subtotal rows, and the
 * values of vertically merged cells (一级指标 spanning several indicators) copied down.
 */
public final class RowShaper {

	private final TableDefinition definition;

	private final Vocabulary vocabulary;

	private final ImportReport report;

	public RowShaper(TableDefinition definition, Vocabulary vocabulary, ImportReport report) {
		this.definition = definition;
		this.vocabulary = vocabulary;
		this.report = report;
	}

	/**
	 * Shapes the rows in place and drops (reporting them) rows a fixed-row table cannot
	 * take.
	 */
	public void shape(List<SourcedRow> rows) {
		String label = definition.columns().isEmpty() ? null : definition.columns().get(0).key();
		Set<String> used = new HashSet<>();
		int level = 0;
		for (SourcedRow sourced : List.copyOf(rows)) {
			String text = label == null ? null : sourced.text(label);
			if (definition.rowLevels()) {
				level = text == null ? level : Math.min(sourced.indentation(), 3);
				sourced.level(level);
			}
			if (definition.rowRoles() && text != null) {
				role(text).ifPresent(r -> sourced.role(r.name()));
			}
			Optional<FixedRowDefinition> fixed = text == null ? Optional.empty() : fixedRow(text, used);
			fixed.ifPresent(f -> {
				sourced.key(f.key());
				used.add(f.key());
			});
			if (fixed.isEmpty() && !definition.allowExtraRows()) {
				rows.remove(sourced);
				report.unplaced(sourced.line(),
						String.join(" | ",
								sourced.cells().values().stream().map(c -> String.valueOf(c.value())).toList()),
						"import.unplaced.noExtraRows", definition.title());
			}
		}
		fillDown(rows);
	}

	private Optional<FixedRowDefinition> fixedRow(String text, Set<String> used) {
		Map<String, List<String>> words = vocabulary.table(definition.key()).rows();
		return definition.fixedRows()
			.stream()
			.filter(f -> !used.contains(f.key()))
			.filter(f -> Labels.exact(text,
					Stream.concat(Stream.of(f.label().zh()), words.getOrDefault(f.key(), List.of()).stream()).toList()))
			.findFirst();
	}

	private Optional<RowRole> role(String text) {
		for (Map.Entry<String, List<String>> entry : vocabulary.rowRoles().entrySet()) {
			String normal = Labels.normal(text);
			if (entry.getValue().stream().anyMatch(w -> normal.equals(w) || normal.endsWith(w))) {
				return Optional.of(RowRole.valueOf(entry.getKey()));
			}
		}
		return Optional.empty();
	}

	// Word leaves the lower parts of a vertically merged cell blank.
	private void fillDown(List<SourcedRow> rows) {
		for (String column : vocabulary.table(definition.key()).fillDown()) {
			String above = null;
			for (SourcedRow row : rows) {
				if (row.text(column) == null && above != null && !row.isBlank()) {
					row.write(column, above);
				}
				above = row.text(column);
			}
		}
	}

}
