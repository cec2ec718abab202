package cn.budget.identity.importing;

import cn.budget.identity.Role;

/**
 * The rows of the two sheets once their cells are checked. A blank optional cell ({@code null})
 * keeps what the organisation has; {@code active} is null when the 状态 cell is blank.
 */
final class ImportRows {

	private ImportRows() {
	}

	record UnitRow(int row, String code, String name, String parentCode, String nature, String fundingForm,
			Boolean active) {

		boolean isDepartment() {
			return parentCode == null;
		}

	}

	record PersonRow(int row, String username, String displayName, Role role, String unitCode, String email,
			String phone, Boolean active) {
	}

}
