package cn.budget.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 经费形式 of a department or unit, stored by name and shown by its Chinese label.
 * {@link #parse} accepts the name, the label and the usual spellings (财政拨款 and 全额拨款 are
 * the same form).
 */
public enum FundingForm {

	FULL("财政拨款", "全额拨款", "全额", "财政全额拨款"), PARTIAL("差额拨款", "差额"), SELF_FUNDED("自收自支", "自收自支单位"), OTHER("其他", "其它");

	private final String label;

	private final List<String> spellings;

	FundingForm(String label, String... spellings) {
		this.label = label;
		this.spellings = List.of(spellings);
	}

	public String label() {
		return label;
	}

	/**
	 * The form a name, label or usual spelling means; empty for blank or unknown text.
	 */
	public static Optional<FundingForm> parse(String text) {
		String t = text == null ? "" : text.strip();
		return Arrays.stream(values())
			.filter(f -> f.name().equalsIgnoreCase(t) || f.label.equals(t) || f.spellings.contains(t))
			.findFirst();
	}

}
