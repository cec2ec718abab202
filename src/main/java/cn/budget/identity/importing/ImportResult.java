package cn.budget.identity.importing;

import java.util.List;

/**
 * The answer of an import: how many units and people were (or, in a dry run, would be)
 * created, changed and deactivated, how many rows change nothing, whether the changes
 * were applied, every problem with its sheet, row and a message in the caller's language,
 * and one line per change.
 */
public record ImportResult(long created, long changed, long deactivated, long unchanged, boolean dryRun,
		boolean applied, List<Error> errors, List<Line> lines) {

	/**
	 * A row that cannot be imported: the sheet (单位, 人员), the row as the spreadsheet
	 * numbers it, why.
	 */
	public record Error(String sheet, int row, String message) {
	}

	/**
	 * A change: the sheet and row, CREATE, CHANGE or DEACTIVATE, the code or user name,
	 * the fields.
	 */
	public record Line(String sheet, int row, String action, String key, List<String> fields) {
	}

}
