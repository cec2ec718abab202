package cn.budget.identity.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test data: organisation files as a finance bureau would send them, made with POI (XLSX)
 * or as text (CSV), and a generated county of any size.
 */
public final class OrganisationFiles {

	public static final List<String> UNIT_HEADER = List.of("编码", "名称", "上级编码", "单位性质", "经费形式", "状态");

	public static final List<String> PERSON_HEADER = List.of("用户名", "姓名", "角色", "单位编码", "邮箱", "手机", "状态");

	private OrganisationFiles() {
	}

	/**
	 * A unit row: code, name, parent code (null for a department), nature, funding form,
	 * status.
	 */
	public static List<String> unit(String code, String name, String parent) {
		return row(code, name, parent, "行政单位", "财政拨款", null);
	}

	/** A person row: username, name, role, unit code, e-mail, phone, status. */
	public static List<String> person(String username, String name, String role, String unit) {
		return row(username, name, role, unit, username + "@county.example", null, null);
	}

	public static List<String> row(String... cells) {
		List<String> row = new ArrayList<>();
		for (String cell : cells) {
			row.add(cell);
		}
		return row;
	}

	/**
	 * An XLSX with the sheets 单位 and 人员, each with the template's header then the rows.
	 */
	public static byte[] xlsx(List<List<String>> units, List<List<String>> people) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			sheet(workbook.createSheet("单位"), UNIT_HEADER, units);
			sheet(workbook.createSheet("人员"), PERSON_HEADER, people);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A CSV of one sheet in the given encoding, fields quoted where needed. */
	public static byte[] csv(List<String> header, List<List<String>> rows, Charset charset) {
		List<List<String>> all = new ArrayList<>();
		all.add(header);
		all.addAll(rows);
		return all.stream()
			.map(r -> r.stream().map(OrganisationFiles::field).collect(Collectors.joining(",")))
			.collect(Collectors.joining("\r\n", "", "\r\n"))
			.getBytes(charset);
	}

	/**
	 * A county: {@code departments} departments (codes 700…), each with its main unit and
	 * one to three sub-units (2–4 units), a leader and drafters until {@code people}
	 * people are placed.
	 */
	public static byte[] county(int departments, int people) {
		List<List<String>> units = new ArrayList<>();
		List<List<String>> persons = new ArrayList<>();
		List<String> unitCodes = new ArrayList<>();
		for (int d = 0; d < departments; d++) {
			String code = String.valueOf(7000 + d);
			units.add(unit(code, "县第" + d + "局", null));
			int count = 2 + d % 3;
			for (int u = 1; u <= count; u++) {
				String unitCode = code + "%03d".formatted(u);
				units.add(unit(unitCode, u == 1 ? "县第" + d + "局本级" : "县第" + d + "局下属" + u, code));
				unitCodes.add(unitCode);
			}
			persons.add(person("leader" + code, "第" + d + "局领导", "单位领导", code));
		}
		for (int p = 0; persons.size() < people; p++) {
			String unitCode = unitCodes.get(p % unitCodes.size());
			persons.add(person("drafter" + unitCode + "-" + p, "填报员" + p, "填报员", unitCode));
		}
		return xlsx(units, persons);
	}

	private static void sheet(Sheet sheet, List<String> header, List<List<String>> rows) {
		write(sheet.createRow(0), header);
		for (int r = 0; r < rows.size(); r++) {
			write(sheet.createRow(r + 1), rows.get(r));
		}
	}

	private static void write(Row row, List<String> cells) {
		for (int c = 0; c < cells.size(); c++) {
			if (cells.get(c) != null) {
				row.createCell(c).setCellValue(cells.get(c));
			}
		}
	}

	private static String field(String value) {
		if (value == null) {
			return "";
		}
		return value.contains(",") || value.contains("\"") || value.contains("\n")
				? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

}
