package cn.budget.checks;

import cn.budget.content.ContentAddress;
import java.util.List;

import cn.budget.content.PartView;
import cn.budget.template.PartDefinition;
import cn.budget.template.TableDefinition;

/**
 * What must be there before submission (blocking by default): every required part filled
 * in; a reason for each change of a 三公 item; and, once the standard tables are filled in
 * at all, a note on each empty one (本表为空表) so that readers know it is empty on purpose.
 */
final class Completeness implements Check {

	static final RuleSpec REQUIRED_PART = RuleSpec.blocking("completeness.required-part");

	static final RuleSpec THREE_PUBLIC_REASON = RuleSpec.blocking("completeness.three-public-reason");

	static final RuleSpec EMPTY_TABLE_NOTE = RuleSpec.blocking("completeness.empty-table-note");

	@Override
	public List<RuleSpec> rules() {
		return List.of(REQUIRED_PART, THREE_PUBLIC_REASON, EMPTY_TABLE_NOTE);
	}

	@Override
	public void run(Inspection in) {
		for (PartDefinition part : in.template().parts()) {
			boolean filled = in.part(part.key()).map(PartView::filled).orElse(false);
			if (part.required() && !filled) {
				in.report(REQUIRED_PART, ContentAddress.part(part.key()), null, null, in.partLabel(part.key()));
			}
		}
		for (Sheet sheet : in.sheets("three_public")) {
			checkReasons(in, sheet);
		}
		in.part("standard_tables").ifPresent(part -> checkEmptyTables(in, part));
	}

	private static void checkReasons(Inspection in, Sheet sheet) {
		for (Sheet.Line line : sheet.lines()) {
			// A change read from a sentence has its reason in the text:
			// text.change-reason checks that.
			if (line.row().key() == null || ChangeDifferences.fromText(line)) {
				continue;
			}
			Figure change = Changes.effective(sheet, line.row().key());
			if (change.known() && change.value().signum() != 0 && line.text("reason") == null) {
				in.report(THREE_PUBLIC_REASON, sheet.cell(line, "reason"), null, change.formatted(),
						change.formatted());
			}
		}
	}

	private static void checkEmptyTables(Inspection in, PartView part) {
		boolean anyFilled = part.tables().stream().anyMatch(t -> t != null && t.hasData());
		if (!anyFilled) {
			return;
		}
		for (String key : in.template()
			.part("standard_tables")
			.map(PartDefinition::tables)
			.orElse(List.of())
			.stream()
			.map(TableDefinition::key)
			.toList()) {
			for (Sheet sheet : in.sheets(key)) {
				if (!sheet.table().hasData() && sheet.headerText("note") == null) {
					in.report(EMPTY_TABLE_NOTE, sheet.header("note"), null, null);
				}
			}
		}
	}

}
