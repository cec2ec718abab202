package cn.budget.exchange.recognising;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.exchange.reading.Text;
import cn.budget.identity.UnitInfo;

/**
 * Finds which unit of the importing department a table belongs to from how the source
 * names it ({@code 312007 赵县交警大队}, {@code 312002公安局}). Codes differ between counties, so
 * names decide; a department-level code ({@code 312公安局}) means the department as a whole.
 */
public final class UnitDirectory {

	private static final Pattern UNIT = Pattern.compile("^(\\d{3,})\\s*([\\p{IsHan}（）()·]{2,30})$");

	private static final int DEPARTMENT_CODE_LENGTH = 3;

	private static final int MIN_COMMON = 2;

	private final List<UnitInfo> units;

	private final Map<String, String> aliases;

	public UnitDirectory(List<UnitInfo> units, Map<String, String> aliases) {
		this.units = List.copyOf(units);
		this.aliases = aliases;
	}

	/**
	 * Whether a cell or line names a unit the way tables are headed, e.g.
	 * {@code 312002公安局}.
	 */
	static boolean namesUnit(String text) {
		return UNIT.matcher(Text.compact(text)).matches();
	}

	/**
	 * The unit a source name refers to.
	 * @return the unit's code; empty for the department as a whole or when nothing
	 * matches
	 */
	Optional<String> resolve(String text) {
		Matcher m = UNIT.matcher(Text.compact(text));
		if (!m.matches() || units.isEmpty()) {
			return Optional.empty();
		}
		String name = expand(m.group(2));
		UnitInfo best = units.stream().filter(UnitInfo::mainUnit).findFirst().orElse(units.get(0));
		int bestCommon = 0;
		for (UnitInfo unit : units) {
			int common = longestCommon(name, expand(unit.name()));
			if (common > bestCommon) {
				best = unit;
				bestCommon = common;
			}
		}
		boolean departmentWide = best.mainUnit() && m.group(1).length() <= DEPARTMENT_CODE_LENGTH;
		return bestCommon < MIN_COMMON || departmentWide ? Optional.empty() : Optional.of(best.code());
	}

	private String expand(String name) {
		String result = name;
		for (Map.Entry<String, String> alias : aliases.entrySet()) {
			if (!result.contains(alias.getValue())) {
				result = result.replace(alias.getKey(), alias.getValue());
			}
		}
		return result;
	}

	private static int longestCommon(String a, String b) {
		int best = 0;
		int[] previous = new int[b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			int[] current = new int[b.length() + 1];
			for (int j = 1; j <= b.length(); j++) {
				if (a.charAt(i - 1) == b.charAt(j - 1)) {
					current[j] = previous[j - 1] + 1;
					best = Math.max(best, current[j]);
				}
			}
			previous = current;
		}
		return best;
	}

}
