package cn.budget.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 单位性质 of a department or unit, stored by name and shown by its Chinese label.
 * {@link #parse} accepts the name, the label and the spellings finance bureaus'
 * spreadsheets use.
 */
public enum UnitNature {

	ADMINISTRATIVE("行政单位", "行政"), PUBLIC_INSTITUTION("事业单位", "事业"),
	CIVIL_SERVICE_INSTITUTION("参照公务员法管理的事业单位", "参公单位", "参公", "参照公务员法管理事业单位", "参公事业单位"), ENTERPRISE("企业", "企业单位"),
	OTHER("其他", "其它");

	private final String label;

	private final List<String> spellings;

	UnitNature(String label, String... spellings) {
		this.label = label;
		this.spellings = List.of(spellings);
	}

	public String label() {
		return label;
	}

	/**
	 * The nature a name, label or usual spelling means; empty for blank or unknown text.
	 */
	public static Optional<UnitNature> parse(String text) {
		String t = text == null ? "" : text.strip();
		return Arrays.stream(values())
			.filter(n -> n.name().equalsIgnoreCase(t) || n.label.equals(t) || n.spellings.contains(t))
			.findFirst();
	}

}
