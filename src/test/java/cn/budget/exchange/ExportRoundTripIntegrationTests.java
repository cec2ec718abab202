package cn.budget.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.budget.disclosure.Disclosures;
import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.content.DisclosureContent;
import cn.budget.exchange.reading.ImportFile;
import cn.budget.exchange.writing.DocumentLayout;
import cn.budget.exchange.writing.DocumentView;
import cn.budget.identity.Directory;
import cn.budget.support.DatabaseAgnostic;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@DatabaseAgnostic
class ExportRoundTripIntegrationTests {

	static final List<String> SEEDS = Seeds.ALL;

	/** openhtmltopdf's own fills: about 450 a page of tables. */
	static final int FILLS_A_PAGE = 60;

	@Autowired
	DisclosureImports imports;

	@Autowired
	DisclosureExports exports;

	@Autowired
	Directory directory;

	@Autowired
	DisclosureQueries queries;

	@Autowired
	DocumentLayout layout;

	@ParameterizedTest
	@FieldSource("SEEDS")
	void aSeedExportedToWordImportsIntoTheSameModel(String seed) {
		DisclosureDocument imported = importSeed(seed);
		Export docx = exports.export(actor(), imported.getId(), DisclosureExports.Format.DOCX);
		DisclosureDocument again = Disclosures.document(queries.content(actor(),
				imports
					.importFile(actor(), new ImportFile("again.docx", docx.content()),
							new ImportTarget("312", Years.next(), null))
					.disclosure()
					.id()));
		assertThat(CanonicalModel.of(again)).containsExactlyElementsOf(CanonicalModel.of(imported));
	}

	@Test
	void excelHasASheetPerTableWithAmountsAsNumbers() throws Exception {
		DisclosureDocument imported = importSeed(Seeds.PINGXIANG_2020);
		Export xlsx = exports.export(actor(), imported.getId(), DisclosureExports.Format.XLSX);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
			long tables = imported.getParts()
				.stream()
				.flatMap(p -> p.getTables().stream())
				.filter(t -> !t.getRows().isEmpty())
				.count();
			assertThat(workbook.getNumberOfSheets()).isGreaterThan(30).isLessThanOrEqualTo((int) tables + 1);
			XSSFSheet procurement = workbook.getSheet("部门政府采购预算");
			var unitRow = procurement.getRow(1);
			assertThat(unitRow.getCell(unitRow.getLastCellNum() - 1).getStringCellValue()).isEqualTo("单位：万元");
			var total = procurement.getRow(4).getCell(7);
			assertThat(procurement.getRow(3).getCell(7).getStringCellValue()).isEqualTo("合计（万元）");
			assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(total.getNumericCellValue()).isEqualTo(1621.0);
		}
	}

	@Test
	void pdfEmbedsAChineseFontAndHoldsTheText() throws Exception {
		DisclosureDocument imported = importSeed(Seeds.WEIXIAN_2020);
		Export pdf = exports.export(actor(), imported.getId(), DisclosureExports.Format.PDF);
		try (PDDocument document = Loader.loadPDF(pdf.content())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("魏县公安局").contains("部门职责").contains("10,982.38");
			PDFont font = document.getPage(0)
				.getResources()
				.getFont(document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).isTrue();
			// The build's own font: no system font is needed to export (a machine with
			// only a JDK).
			assertThat(font.getName()).contains("WenQuanYi");
			// Only the glyphs the document uses (a subset's name is tagged ABCDEF+): the
			// whole font would add megabytes to every published version.
			assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
			assertThat(pdf.content().length).isLessThan(600 * 1024);
		}
		assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	@Test
	void pdfHoldsEveryTableCellOfTheLayoutAndItsBordersAreFewRectangles() throws Exception {
		DisclosureDocument imported = importSeed(Seeds.PINGXIANG_2020);
		Export pdf = exports.export(actor(), imported.getId(), DisclosureExports.Format.PDF);
		DisclosureContent content = queries.content(actor(), imported.getId());
		DocumentView view = layout.render(content, queries.templateOf(content), false);
		try (PDDocument document = Loader.loadPDF(pdf.content())) {
			// The text in drawing order, cell by cell; without spaces, since a long cell
			// wraps onto lines of its own.
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			List<DocumentView.Table> tables = tablesOf(view);
			assertThat(tables).hasSizeGreaterThan(30);
			for (DocumentView.Table table : tables) {
				assertThat(text).contains(table.title().replaceAll("\\s+", ""));
				table.rows()
					.stream()
					.flatMap(r -> r.cells().stream())
					.filter(c -> c.text() != null)
					.map(c -> c.text().replaceAll("\\s+", ""))
					.forEach(cell -> assertThat(text).contains(cell));
			}
			// Borders as rectangles joined along their lines, a few fills a page
			// (PdfBorders), not one per side of every cell.
			String page = new String(document.getPage(3).getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
			assertThat(page.split("\nf\n", -1).length - 1).isLessThan(FILLS_A_PAGE);
		}
		assertThat(pdf.content().length).isLessThan(260 * 1024);
	}

	private static List<DocumentView.Table> tablesOf(DocumentView view) {
		return view.parts()
			.stream()
			.flatMap(p -> p.elements().stream())
			.map(DocumentView.Element::table)
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private DisclosureDocument importSeed(String seed) {
		return Disclosures.document(queries.content(actor(),
				imports
					.importFile(actor(), new ImportFile(seed, Seeds.text(seed).getBytes(StandardCharsets.UTF_8)),
							new ImportTarget("312", Years.next(), null))
					.disclosure()
					.id()));
	}

	private cn.budget.identity.Actor actor() {
		return directory.actorOf("drafter-ga").orElseThrow();
	}

}
