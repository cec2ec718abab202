package cn.budget.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.budget.support.CountyWorkbook;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A province-sized data set through the product's own doors: the organisation template downloaded,
 * filled with departments (codes 7000, 7001, …), their 本级 and sub-units, a leader per department
 * and a drafter per unit, imported with {@code POST /api/admin/organisation/import}, then rounds
 * opened for every department with {@code POST /api/rounds}. Against a running product
 * ({@code --url}) or one it starts itself on an H2 file store ({@code --data-dir}, kept afterwards).
 * The finance bureau's people are the product's own (the demo's supervisor, or {@code --supervisor}).
 */
public final class ProvinceGenerator {

	static final String USAGE = "(--url=http://localhost:8080 | --data-dir=target/bench/province) [--departments=1000] "
			+ "[--sub-units=2] [--rounds=1] [--first-year=2031] [--admin=admin] [--admin-password=demo] "
			+ "[--supervisor=supervisor] [--supervisor-password=demo]";

	private ProvinceGenerator() {
	}

	public static void main(String[] arguments) {
		BenchArgs args = new BenchArgs(arguments, USAGE);
		Quiet.logs();
		if (args.has("url") == args.has("data-dir")) {
			throw new IllegalArgumentException("Give either --url or --data-dir: " + USAGE);
		}
		if (args.has("url")) {
			generate(args, args.text("url", ""));
			return;
		}
		// H2 refuses a file path relative to the working directory.
		String dataDir = Path.of(args.text("data-dir", "")).toAbsolutePath().toString();
		try (ProductProcess app = new ProductProcess("province", List.of("--app.data-dir=" + dataDir), Map.of())) {
			generate(args, app.baseUrl());
		}
		System.out.println("Start the product on it with: java -Xmx512m -jar " + ProductProcess.jar() + " --app.data-dir="
				+ dataDir);
	}

	private static void generate(BenchArgs args, String url) {
		String admin = args.text("admin", "admin");
		String supervisor = args.text("supervisor", "supervisor");
		ProductClient client = new ProductClient(url, user -> user.equals(admin) ? args.text("admin-password", "demo")
				: args.text("supervisor-password", "demo"));
		int departments = args.number("departments", 1000);
		List<String> codes = new ArrayList<>();
		CountyWorkbook province = new CountyWorkbook();
		for (int d = 0; d < departments; d++) {
			String code = String.valueOf(7000 + d);
			codes.add(code);
			department(province, code, d + 1, args.number("sub-units", 2));
		}
		byte[] template = client.get(admin, "/api/admin/organisation/template").body();
		long start = System.nanoTime();
		JsonNode imported = ProductClient.expect(200, client.upload(admin, "/api/admin/organisation/import?dryRun=false",
				"province.xlsx", province.fill(template)));
		System.out.printf("Imported %d units and %d people in %.1f s: %s%n", province.unitCount(), province.personCount(),
				seconds(start), imported.path("created").asText() + " created, " + imported.path("errors").size() + " errors");
		int firstYear = args.number("first-year", 2031);
		for (int year = firstYear; year < firstYear + args.number("rounds", 1); year++) {
			start = System.nanoTime();
			JsonNode round = ProductClient.expect(201, client.post(supervisor, "/api/rounds", Map.of("fiscalYear", year,
					"template", "BUDGET", "approvalDate", LocalDate.now().toString(), "departmentCodes", codes)));
			System.out.printf("Round %s (%d) opened for %d departments in %.1f s%n", round.path("id").asText(), year,
					round.path("disclosures").size(), seconds(start));
		}
	}

	private static void department(CountyWorkbook province, String code, int number, int subUnits) {
		province.unit(code, "省直第" + number + "部门", "", "行政单位", "财政拨款");
		province.unit(code + "001", "省直第" + number + "部门本级", code, "行政单位", "财政拨款");
		province.person("p" + code + "l", "第" + number + "部门领导", "UNIT_LEADER", code);
		province.person("p" + code + "a", "第" + number + "部门填报员", "DRAFTER", code + "001");
		for (int u = 1; u <= subUnits; u++) {
			String unit = code + String.format("%03d", u + 1);
			province.unit(unit, "省直第" + number + "部门下属单位" + u, code, "事业单位", "差额拨款");
			province.person("p" + code + (char) ('a' + u), "第" + number + "部门下属单位" + u + "填报员", "DRAFTER", unit);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

}
