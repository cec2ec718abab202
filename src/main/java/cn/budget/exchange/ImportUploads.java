package cn.budget.exchange;

import cn.budget.exchange.templates.ExcelTableImport;
import cn.budget.identity.Directory;
import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page's uploads, sent by the page's script (so that it can show the upload's
 * progress) within the signed-in session, answered as JSON like the API.
 */
@ApiController
@Hidden
class ImportUploads {

	private final DisclosureImports imports;

	private final ExcelTableImport tables;

	private final Directory directory;

	ImportUploads(DisclosureImports imports, ExcelTableImport tables, Directory directory) {
		this.imports = imports;
		this.tables = tables;
		this.directory = directory;
	}

	@PostMapping("/imports/upload")
	ResponseEntity<ImportOutcome> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String departmentCode, @RequestParam(required = false) Integer fiscalYear,
			@RequestParam(required = false) Long disclosureId) {
		ImportOutcome outcome = imports.importFile(directory.currentActor(), ImportApi.upload(file),
				new ImportTarget(blankToNull(departmentCode), fiscalYear, disclosureId));
		return ResponseEntity.status(HttpStatus.CREATED).body(outcome);
	}

	@PostMapping("/imports/tables")
	ExcelTableImport.Result uploadTable(@RequestParam("file") MultipartFile file, @RequestParam long disclosureId,
			@RequestParam String tableKey, @RequestParam(required = false) String unitCode,
			@RequestParam(defaultValue = "false") boolean acceptValidRows) {
		return tables.importTable(directory.currentActor(), disclosureId, tableKey, blankToNull(unitCode),
				ImportApi.upload(file), acceptValidRows);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
