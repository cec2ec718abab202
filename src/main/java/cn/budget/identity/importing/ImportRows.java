package cn.budget.identity.importing;

import cn.budget.identity.Role;

/**
 * The rows of the two sheets once their cells are checked. A blank optional cell
 * ({@code null}) keeps what the organisation has; {@code active} is null when the 状态 cell
 * is blank.
 */
final class ImportRows {

	private ImportRows() {
	}

	/**
	 * A row's 状态: 启用, 停用, or blank (a new row is active, an existing one stays as it is).
	 */
	enum Status {

		ACTIVE, INACTIVE, UNSTATED;

		boolean or(boolean otherwise) {
			return this == UNSTATED ? otherwise : this == ACTIVE;
		}

	}

	record UnitRow(int row, String code, String name, String parentCode, String nature, String fundingForm,
			Status status) {

		boolean isDepartment() {
			return parentCode == null;
		}

	}

	record PersonRow(int row, String username, String displayName, Role role, String unitCode, String email,
			String phone, Status status) {
	}

}
