package cn.budget.identity.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The organisation import for administrators: by the JSON API (HTTP Basic) and by the
 * import page's script within the signed-in session (hidden from the API description),
 * with the same answers.
 */
@ApiController
@Tag(name = "organisation")
class OrganisationImportApi {

	static final String TEMPLATE_NAME = "organisation-import-template.xlsx";

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final OrganisationImport imports;

	private final OrganisationTemplate template;

	private final Directory directory;

	private final MultipartProperties multipart;

	OrganisationImportApi(OrganisationImport imports, OrganisationTemplate template, Directory directory,
			MultipartProperties multipart) {
		this.imports = imports;
		this.template = template;
		this.directory = directory;
		this.multipart = multipart;
	}

	@PostMapping(path = "/api/admin/organisation/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import departments, units and people from an XLSX (sheets 单位 and 人员) or one CSV per sheet",
			description = "A dry run (the default) reports what would be created, changed and deactivated; "
					+ "dryRun=false applies it in one transaction, unless a row has errors and skipInvalid is false. "
					+ "Nobody absent from the file is deactivated: only 状态 停用 does. The same file twice changes nothing.")
	@ApiResponse(responseCode = "200", description = "The counts, the changes and every problem with sheet and row")
	@ApiResponse(responseCode = "400",
			description = "Not an XLSX or CSV, no recognisable sheet or a required column missing")
	@ApiResponse(responseCode = "403", description = "The caller is not an administrator")
	@ApiResponse(responseCode = "413",
			description = "A file larger than the upload limit, or more than 20,000 rows in a sheet")
	@ApiResponse(responseCode = "422", description = "Not applied: rows with errors (see errors) and skipInvalid=false")
	ResponseEntity<ImportResult> importOrganisation(@Parameter(
			description = "An .xlsx, or one or more .csv (UTF-8 or GB18030), one per sheet") @RequestParam("file") List<MultipartFile> files,
			@RequestParam(defaultValue = "true") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean skipInvalid) {
		ImportResult result = imports.run(directory.currentActor(), uploads(files),
				new OrganisationImport.Mode(dryRun, skipInvalid));
		return ResponseEntity.status(dryRun || result.applied() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
			.body(result);
	}

	@GetMapping("/api/admin/organisation/template")
	@Operation(summary = "The import template: sheets 单位 and 人员 with examples that import as they are, and 说明")
	@ApiResponse(responseCode = "403", description = "The caller is not an administrator")
	ResponseEntity<byte[]> template() {
		admin(directory.currentActor());
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(TEMPLATE_NAME, StandardCharsets.UTF_8).build().toString())
			.body(template.write());
	}

	/** The page's upload, sent by its script with the session's CSRF token. */
	@Hidden
	@PostMapping("/admin/organisation/import")
	ResponseEntity<ImportResult> upload(@RequestParam("file") List<MultipartFile> files,
			@RequestParam(defaultValue = "true") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean skipInvalid) {
		return importOrganisation(files, dryRun, skipInvalid);
	}

	/** The template for the page's link (the API's needs HTTP Basic). */
	@Hidden
	@GetMapping("/admin/organisation/import/template.xlsx")
	ResponseEntity<byte[]> pageTemplate() {
		return template();
	}

	private List<OrganisationImport.Upload> uploads(List<MultipartFile> files) {
		admin(directory.currentActor());
		long limit = multipart.getMaxFileSize().toBytes();
		return files.stream().map(file -> {
			if (file.getSize() > limit) {
				throw new ImportRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, "orgImport.tooLarge",
						multipart.getMaxFileSize().toMegabytes());
			}
			try {
				return new OrganisationImport.Upload(file.getOriginalFilename(), file.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).toList();
	}

	// Refused before the file is even read, so that nobody else learns how it would have
	// been judged.
	private static void admin(Actor actor) {
		if (!actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators import the organisation");
		}
	}

}
