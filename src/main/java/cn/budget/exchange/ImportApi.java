package cn.budget.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import cn.budget.exchange.reading.ImportFile;
import cn.budget.identity.Directory;
import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@ApiController
@Tag(name = "imports", description = "Import disclosures from Word documents or their text dumps")
class ImportApi {

	private final DisclosureImports imports;

	private final Directory directory;

	ImportApi(DisclosureImports imports, Directory directory) {
		this.imports = imports;
		this.directory = directory;
	}

	@PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a .txt (Word text dump) or .docx into a new disclosure, or into a given draft")
	@ApiResponse(responseCode = "201", description = "The disclosure and the import report (unplaced lines)")
	@ApiResponse(responseCode = "403", description = "The caller may not create or fill that disclosure")
	@ApiResponse(responseCode = "409", description = "The department has a disclosure for that year and template")
	@ApiResponse(responseCode = "413", description = "The file is larger than the configured limit")
	@ApiResponse(responseCode = "415", description = "Neither a .docx nor a text file")
	@ApiResponse(responseCode = "422", description = "Empty, corrupt, encrypted or unsafe file, or no year found")
	ResponseEntity<ImportOutcome> importFile(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String departmentCode, @RequestParam(required = false) Integer fiscalYear,
			@RequestParam(required = false) Long disclosureId) {
		ImportOutcome outcome = imports.importFile(directory.currentActor(), upload(file),
				new ImportTarget(departmentCode, fiscalYear, disclosureId));
		return ResponseEntity.created(URI.create("/api/disclosures/" + outcome.disclosure().id())).body(outcome);
	}

	static ImportFile upload(MultipartFile file) {
		try {
			return new ImportFile(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
