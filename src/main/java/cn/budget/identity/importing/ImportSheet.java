package cn.budget.identity.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The two sheets of an organisation file, found by their name in an XLSX (tolerantly,
 * Chinese or English) or, for a CSV, by their columns.
 */
enum ImportSheet {

	UNITS("单位", "单位", "单位表", "单位信息", "units", "unit"),
	PEOPLE("人员", "人员", "人员表", "人员信息", "用户", "people", "persons", "users");

	private final String label;

	private final List<String> names;

	ImportSheet(String label, String... names) {
		this.label = label;
		this.names = List.of(names);
	}

	/** The sheet's name as the template and the answers call it. */
	String label() {
		return label;
	}

	List<Column> columns() {
		return Arrays.stream(Column.values()).filter(c -> c.sheet() == this).toList();
	}

	static Optional<ImportSheet> named(String sheetName) {
		String name = Column.normalise(sheetName);
		return Arrays.stream(values()).filter(s -> s.names.contains(name)).findFirst();
	}

	/**
	 * A sheet by its header: a user name column makes it the people's, a code and a name
	 * the units'.
	 */
	static Optional<ImportSheet> byHeader(List<String> header) {
		if (PEOPLE.columnsIn(header).contains(Column.USERNAME)) {
			return Optional.of(PEOPLE);
		}
		List<Column> units = UNITS.columnsIn(header);
		return units.contains(Column.CODE) && units.contains(Column.NAME) ? Optional.of(UNITS) : Optional.empty();
	}

	List<Column> columnsIn(List<String> header) {
		return header.stream().map(h -> Column.of(this, h)).flatMap(Optional::stream).toList();
	}

}
