package cn.budget.disclosure;

import java.util.Objects;

import cn.budget.content.CellSource;

/**
 * Decides the provenance of a value being stored. The system's own updates (an import)
 * say where each value came from and are taken at their word. A drafter's save never is:
 * a value left as it was keeps what it had (a figure placed from a sentence stays "from
 * the text"), a value typed or changed becomes TYPED.
 */
final class Provenance {

	private final boolean system;

	Provenance(boolean system) {
		this.system = system;
	}

	/**
	 * @param parsed the value about to be stored, may be null
	 * @param before the value stored so far, may be null
	 * @param posted what was posted for it, may be null
	 */
	CellValue settle(CellValue parsed, CellValue before, CellContent posted) {
		if (parsed == null) {
			return null;
		}
		if (system && posted != null && posted.getSource() != null) {
			return parsed.withSource(posted.getSource());
		}
		if (before != null && same(before, parsed)) {
			return parsed.withSource(before.getSource());
		}
		return parsed.withSource(system ? null : CellSource.TYPED);
	}

	// The same value written again (also "5909" shown and posted back as "5909.00").
	private static boolean same(CellValue before, CellValue after) {
		if (before.isConfidential() != after.isConfidential()) {
			return false;
		}
		if (before.getAmount() != null && after.getAmount() != null) {
			return before.getAmount().compareTo(after.getAmount()) == 0
					&& Objects.equals(before.getMeasure(), after.getMeasure());
		}
		return Objects.equals(before.getText(), after.getText());
	}

}
