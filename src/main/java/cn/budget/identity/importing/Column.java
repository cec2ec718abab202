package cn.budget.identity.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns of the two sheets and the header names each is known by. Headers are
 * matched tolerantly: spaces, full-width characters, a bracketed note such as （必填）, a
 * leading asterisk, case, dashes and underscores do not matter.
 */
enum Column {

	CODE(ImportSheet.UNITS, true, "编码", "单位编码", "code", "unitcode"),
	NAME(ImportSheet.UNITS, true, "名称", "单位名称", "name", "unitname"),
	PARENT(ImportSheet.UNITS, false, "上级编码", "上级单位编码", "上级单位", "上级", "parent", "parentcode"),
	NATURE(ImportSheet.UNITS, false, "单位性质", "性质", "nature"),
	FUNDING(ImportSheet.UNITS, false, "经费形式", "经费", "funding", "fundingform"),
	UNIT_STATUS(ImportSheet.UNITS, false, "状态", "status", "active"),
	USERNAME(ImportSheet.PEOPLE, true, "用户名", "账号", "帐号", "登录名", "username", "user", "login"),
	DISPLAY_NAME(ImportSheet.PEOPLE, true, "姓名", "名字", "name", "displayname", "fullname"),
	ROLE(ImportSheet.PEOPLE, true, "角色", "role"),
	UNIT(ImportSheet.PEOPLE, true, "单位编码", "单位", "所属单位", "所属单位编码", "unit", "unitcode"),
	EMAIL(ImportSheet.PEOPLE, false, "邮箱", "电子邮箱", "电子邮件", "email", "mail"),
	PHONE(ImportSheet.PEOPLE, false, "手机", "手机号", "手机号码", "电话", "联系电话", "phone", "mobile"),
	PERSON_STATUS(ImportSheet.PEOPLE, false, "状态", "status", "active");

	private static final Pattern NOTE = Pattern.compile("[(\\[【].*?[)\\]】]");

	private static final Pattern NOISE = Pattern.compile("[\\s*_\\-:：]+");

	private final ImportSheet sheet;

	private final boolean required;

	private final List<String> names;

	Column(ImportSheet sheet, boolean required, String... names) {
		this.sheet = sheet;
		this.required = required;
		this.names = List.of(names);
	}

	ImportSheet sheet() {
		return sheet;
	}

	/** Whether a sheet without this column is refused as a whole. */
	boolean required() {
		return required;
	}

	/** The header the template writes. */
	String label() {
		return names.get(0);
	}

	static Optional<Column> of(ImportSheet sheet, String header) {
		String name = normalise(header);
		return Arrays.stream(values()).filter(c -> c.sheet == sheet && c.names.contains(name)).findFirst();
	}

	/**
	 * A header or sheet name as compared: full-width folded to ASCII, notes and noise
	 * removed, lower case.
	 */
	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder folded = new StringBuilder(text.length());
		text.codePoints().map(Column::halfWidth).forEach(folded::appendCodePoint);
		String plain = NOTE.matcher(folded).replaceAll("");
		return NOISE.matcher(plain).replaceAll("").toLowerCase(Locale.ROOT);
	}

	private static int halfWidth(int c) {
		if (c >= 0xFF01 && c <= 0xFF5E) {
			return c - 0xFEE0;
		}
		return c == 0x3000 ? ' ' : c;
	}

}
