package cn.budget.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A county's organisation as a finance bureau would fill in the product's own template:
 * the finance bureau, departments (codes 301, 302, …) each with its 本级 unit
 * ({@code 301001}) and sub-units ({@code 301002}, …), a leader per department and a
 * drafter per unit, and the bureau's reviewer and supervisor. Also a generator of
 * province-sized data sets.
 */
public final class CountyWorkbook {

	public static final String UNITS = "单位";

	public static final String PEOPLE = "人员";

	private final List<Map<String, String>> units = new ArrayList<>();

	private final List<Map<String, String>> people = new ArrayList<>();

	/**
	 * @param bureauCode the finance bureau's code (a department without parent)
	 * @param departments how many budget departments
	 * @param subUnits sub-units per department besides its 本级 unit
	 */
	public static CountyWorkbook county(String bureauCode, String bureauName, int departments, int subUnits) {
		CountyWorkbook county = new CountyWorkbook();
		county.unit(bureauCode, bureauName, "", "行政单位", "财政拨款");
		county.person("rev01", "王审核", "REVIEWER", bureauCode);
		county.person("sup01", "李监督", "SUPERVISOR", bureauCode);
		for (int d = 1; d <= departments; d++) {
			String code = String.valueOf(300 + d);
			county.unit(code, "县第" + d + "局", "", "行政单位", "财政拨款");
			county.unit(code + "001", "县第" + d + "局本级", code, "行政单位", "财政拨款");
			county.person("l" + code, "第" + d + "局领导", "UNIT_LEADER", code);
			county.person("d" + code + "a", "第" + d + "局填报员", "DRAFTER", code + "001");
			for (int u = 1; u <= subUnits; u++) {
				String unit = code + String.format("%03d", u + 1);
				county.unit(unit, "县第" + d + "局下属单位" + u, code, "事业单位", "差额拨款");
				county.person("d" + code + (char) ('a' + u), "第" + d + "局下属单位" + u + "填报员", "DRAFTER", unit);
			}
		}
		return county;
	}

	public void unit(String code, String name, String parent, String nature, String funding) {
		units.add(row("编码", code, "名称", name, "上级编码", parent, "单位性质", nature, "经费形式", funding));
	}

	public void person(String username, String name, String role, String unitCode) {
		people.add(row("用户名", username, "姓名", name, "角色", role, "单位编码", unitCode, "邮箱", username + "@county.example",
				"手机", "139" + String.format("%08d", Math.abs(username.hashCode()) % 100_000_000)));
	}

	public int unitCount() {
		return units.size();
	}

	public int personCount() {
		return people.size();
	}

	/**
	 * Fills the product's template (as downloaded): its example rows go, ours follow each
	 * sheet's header row, in the columns its headers name.
	 */
	public byte[] fill(byte[] template) {
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			write(book.getSheet(UNITS), units);
			write(book.getSheet(PEOPLE), people);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Sheet sheet, List<Map<String, String>> rows) {
		if (sheet == null) {
			throw new AssertionError("The template has no sheet of that name");
		}
		Map<String, Integer> columns = new LinkedHashMap<>();
		// Headers may carry marks such as "编码*" or "名称（必填）": the words decide.
		sheet.getRow(0)
			.forEach(cell -> columns.put(cell.getStringCellValue().replaceAll("[（(].*|[^\\p{IsHan}A-Za-z]", ""),
					cell.getColumnIndex()));
		for (int r = sheet.getLastRowNum(); r > 0; r--) {
			Row old = sheet.getRow(r);
			if (old != null) {
				sheet.removeRow(old);
			}
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			rows.get(r).forEach((header, value) -> {
				Integer column = columns.get(header);
				if (column == null) {
					throw new AssertionError(
							"The template's sheet " + sheet.getSheetName() + " has no column " + header);
				}
				Cell cell = row.createCell(column);
				cell.setCellValue(value);
			});
		}
	}

	private static Map<String, String> row(String... pairs) {
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			row.put(pairs[i], pairs[i + 1]);
		}
		return row;
	}

}
