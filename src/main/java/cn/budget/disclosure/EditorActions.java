package cn.budget.disclosure;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.budget.template.TableDefinition;
import cn.budget.template.TemplateDefinition;

/**
 * What the drafting page does with a posted form before (or instead of) saving: tables
 * the caller may only read come back as stubs and are restored from the stored part;
 * adding and removing tables changes the form and shows it again, keeping every typed
 * value, until the drafter saves.
 */
final class EditorActions {

	private EditorActions() {
	}

	/** Replaces every table the caller may not change by its stored content. */
	static void restoreReadOnlyTables(PartForm form, PartContent stored, EditScope scope) {
		Map<Long, TableContent> byId = stored.getTables()
			.stream()
			.collect(Collectors.toMap(TableContent::getId, Function.identity()));
		List<TableContent> tables = form.getTables();
		for (int i = 0; i < tables.size(); i++) {
			TableContent posted = tables.get(i);
			TableContent original = posted == null || posted.getId() == null ? null : byId.get(posted.getId());
			if (original != null && !scope.canEditTable(original.getUnitCode())) {
				tables.set(i, original);
			}
		}
		tables.removeIf(Objects::isNull);
	}

	/**
	 * Applies an action named by the pressed button: {@code addTable:<key>} or
	 * {@code removeTable:<index>}. Anything the scope does not allow is ignored.
	 */
	static void apply(String action, PartForm form, TemplateDefinition template, EditScope scope) {
		String[] parts = action.split(":", 2);
		if (parts.length < 2 || !scope.canEditAnything()) {
			return;
		}
		switch (parts[0]) {
			case "addTable" -> template.part(form.getKey())
				.flatMap(p -> p.table(parts[1]))
				.filter(TableDefinition::repeatable)
				.ifPresent(definition -> form.getTables()
					.add(TableFactory.newTable(definition, scope.all() ? null : scope.unitCode())));
			case "removeTable" -> removeTable(form, parts[1], scope);
			default -> {
				// Unknown buttons change nothing.
			}
		}
	}

	// A forged index (not a number, or out of range) changes nothing, like an unknown
	// button.
	private static void removeTable(PartForm form, String position, EditScope scope) {
		if (!position.matches("\\d{1,4}")) {
			return;
		}
		int index = Integer.parseInt(position);
		if (index < form.getTables().size() && scope.canEditTable(form.getTables().get(index).getUnitCode())) {
			form.getTables().remove(index);
		}
	}

}
