package cn.budget.identity.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import cn.budget.identity.FundingForm;
import cn.budget.identity.Role;
import cn.budget.identity.UnitNature;
import cn.budget.identity.importing.ImportRows.PersonRow;
import cn.budget.identity.importing.ImportRows.UnitRow;

/**
 * Checks each row's cells on their own — required cells, the form of codes, user names,
 * e-mail addresses and phone numbers, known roles and states — as the organisation
 * service would, so that a dry run names every problem with its row. Whether codes are
 * known or repeated is {@link ImportPlanner}'s part.
 */
final class CellChecks {

	// The organisation service's rules (DraftChecks), repeated so that a dry run reports
	// every row.
	static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,32}");

	static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,30}");

	static final int MAX_UNIT_NAME = 200;

	static final int MAX_PERSON_NAME = 100;

	static final int MAX_EMAIL = 200;

	private final ImportSheet sheet;

	private final int row;

	private final List<Problem> problems = new ArrayList<>();

	private CellChecks(ImportSheet sheet, int row) {
		this.sheet = sheet;
		this.row = row;
	}

	static Optional<UnitRow> unit(SheetTable.Row row, List<Problem> problems) {
		CellChecks checks = new CellChecks(ImportSheet.UNITS, row.number());
		UnitRow unit = new UnitRow(row.number(), checks.code(row, Column.CODE, true),
				checks.name(row, Column.NAME, MAX_UNIT_NAME), checks.code(row, Column.PARENT, false),
				checks.kind(row, Column.NATURE, UnitNature::parse),
				checks.kind(row, Column.FUNDING, FundingForm::parse), checks.status(row, Column.UNIT_STATUS));
		problems.addAll(checks.problems);
		return checks.problems.isEmpty() ? Optional.of(unit) : Optional.empty();
	}

	static Optional<PersonRow> person(SheetTable.Row row, List<Problem> problems) {
		CellChecks checks = new CellChecks(ImportSheet.PEOPLE, row.number());
		PersonRow person = new PersonRow(row.number(), checks.username(row),
				checks.name(row, Column.DISPLAY_NAME, MAX_PERSON_NAME), checks.role(row),
				checks.code(row, Column.UNIT, true), checks.email(row),
				checks.matching(row, Column.PHONE, PHONE, "orgImport.badPhone"),
				checks.status(row, Column.PERSON_STATUS));
		problems.addAll(checks.problems);
		return checks.problems.isEmpty() ? Optional.of(person) : Optional.empty();
	}

	private String code(SheetTable.Row row, Column column, boolean required) {
		String code = row.get(column);
		if (code == null) {
			if (required) {
				problem("orgImport.required", column.label());
			}
			return null;
		}
		if (!CODE.matcher(code).matches()) {
			problem("orgImport.badCode", column.label(), code);
		}
		return code;
	}

	private String username(SheetTable.Row row) {
		String username = row.get(Column.USERNAME);
		if (username == null) {
			problem("orgImport.required", Column.USERNAME.label());
		}
		else if (!USERNAME.matcher(username).matches()) {
			problem("orgImport.badUsername", username);
		}
		return username;
	}

	private String name(SheetTable.Row row, Column column, int max) {
		String name = row.get(column);
		if (name == null) {
			problem("orgImport.required", column.label());
		}
		else if (name.length() > max) {
			problem("orgImport.tooLong", column.label(), max);
		}
		return name;
	}

	/** 单位性质 or 经费形式 by any of its spellings, as the name the organisation stores. */
	private String kind(SheetTable.Row row, Column column, Function<String, Optional<? extends Enum<?>>> parse) {
		String text = row.get(column);
		if (text == null) {
			return null;
		}
		Optional<? extends Enum<?>> kind = parse.apply(text);
		if (kind.isEmpty()) {
			problem("orgImport.badValue", column.label(), text);
		}
		return kind.map(Enum::name).orElse(null);
	}

	private String email(SheetTable.Row row) {
		String email = matching(row, Column.EMAIL, EMAIL, "orgImport.badEmail");
		if (email != null && email.length() > MAX_EMAIL) {
			problem("orgImport.tooLong", Column.EMAIL.label(), MAX_EMAIL);
		}
		return email;
	}

	private Role role(SheetTable.Row row) {
		String text = row.get(Column.ROLE);
		if (text == null) {
			problem("orgImport.required", Column.ROLE.label());
			return null;
		}
		Optional<Role> role = Spellings.role(text);
		if (role.isEmpty()) {
			problem("orgImport.badRole", text);
		}
		return role.orElse(null);
	}

	private String matching(SheetTable.Row row, Column column, Pattern pattern, String key) {
		String text = row.get(column);
		if (text != null && !pattern.matcher(text).matches()) {
			problem(key, text);
		}
		return text;
	}

	private ImportRows.Status status(SheetTable.Row row, Column column) {
		String text = row.get(column);
		if (text == null) {
			return ImportRows.Status.UNSTATED;
		}
		Optional<ImportRows.Status> status = Spellings.status(text);
		if (status.isEmpty()) {
			problem("orgImport.badStatus", text);
		}
		return status.orElse(ImportRows.Status.UNSTATED);
	}

	private void problem(String key, Object... args) {
		problems.add(new Problem(sheet, row, key, args));
	}

}
