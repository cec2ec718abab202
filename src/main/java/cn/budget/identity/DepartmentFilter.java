package cn.budget.identity;

import java.util.List;

/**
 * A list's department filter as the page shows it: the department the typed text names
 * and the departments offered to choose from (none for someone who sees only their own).
 *
 * @param code the code the text names, the text itself when it names none or several
 * departments (nothing is then listed), null for no text
 * @param offered the budget departments by code, or none
 */
public record DepartmentFilter(String code, List<DepartmentInfo> offered) {

	static DepartmentFilter of(String text, List<DepartmentInfo> all, boolean offer) {
		return new DepartmentFilter(named(text, all), offer ? all : List.of());
	}

	// People type a code, a name or a part of a name: a province has a thousand
	// departments.
	private static String named(String text, List<DepartmentInfo> all) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String wanted = text.strip();
		if (all.stream().anyMatch(d -> d.code().equals(wanted))) {
			return wanted;
		}
		List<DepartmentInfo> named = all.stream().filter(d -> d.name().equals(wanted)).toList();
		List<DepartmentInfo> found = named.isEmpty() ? all.stream().filter(d -> d.name().contains(wanted)).toList()
				: named;
		return found.size() == 1 ? found.get(0).code() : wanted;
	}

}
