package cn.budget.exchange.templates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.content.MeasureUnit;
import cn.budget.content.TableRows;
import cn.budget.content.DisclosureContent;
import cn.budget.template.PartDefinition;
import cn.budget.template.TableDefinition;
import cn.budget.template.TemplateDefinition;
import cn.budget.exchange.reading.ImportFile;
import cn.budget.exchange.reading.UploadReader;
import cn.budget.exchange.reading.UploadRejectedException;
import cn.budget.identity.Actor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Fills a table of a draft from a filled-in Excel template. Every row is checked the way
 * the editor checks typed values; while any row is invalid nothing is imported, unless
 * the person chooses to import the valid rows. The rows go into the draft through
 * {@link DisclosureDrafting#replaceTable}: a repeatable table is added as a new instance,
 * a single table is replaced.
 */
@Component
public class ExcelTableImport {

	/**
	 * The outcome of an upload.
	 *
	 * @param imported whether the rows were stored
	 * @param rows how many rows the sheet held
	 * @param validRows how many of them were valid
	 * @param errors per invalid cell: row (as Excel numbers it), column and reason
	 */
	public record Result(boolean imported, int rows, int validRows, List<SheetRows.RowError> errors) {
	}

	private final DisclosureQueries queries;

	private final DisclosureDrafting drafting;

	private final SheetRows sheets;

	private final UploadReader reader;

	ExcelTableImport(DisclosureQueries queries, DisclosureDrafting drafting, SheetRows sheets, UploadReader reader) {
		this.queries = queries;
		this.drafting = drafting;
		this.sheets = sheets;
		this.reader = reader;
	}

	public Result importTable(Actor actor, long disclosureId, String tableKey, String unitCode, ImportFile file,
			boolean acceptValidRows) {
		DisclosureContent document = queries.content(actor, disclosureId);
		TemplateDefinition template = queries.templateOf(document);
		PartDefinition part = template.parts()
			.stream()
			.filter(p -> p.table(tableKey).isPresent())
			.findFirst()
			.orElseThrow(() -> new UploadRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, "excel.missingColumns"));
		TableDefinition definition = part.table(tableKey).orElseThrow();
		SheetRows.Read read = read(file, definition, document.unit());
		int valid = read.rows().size();
		int total = valid + (int) read.errors().stream().map(SheetRows.RowError::row).distinct().count();
		if (!read.errors().isEmpty() && !acceptValidRows) {
			return new Result(false, total, valid, read.errors());
		}
		drafting.replaceTable(actor, document.id(),
				new TableRows(definition.key(), unitCode, read.header(), read.rows()));
		return new Result(true, total, valid, read.errors());
	}

	private SheetRows.Read read(ImportFile file, TableDefinition definition, MeasureUnit unit) {
		reader.checkSpreadsheet(file);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
			return sheets.read(workbook, definition, unit);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UploadRejectedException rejected) {
				throw rejected;
			}
			throw new UploadRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, "import.rejected.corrupt");
		}
	}

}
