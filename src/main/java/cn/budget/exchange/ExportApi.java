package cn.budget.exchange;

import java.nio.charset.StandardCharsets;

import cn.budget.disclosure.DisclosureNotFoundException;
import cn.budget.identity.Directory;
import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@ApiController
@Tag(name = "exports", description = "The current version of a disclosure as DOCX, XLSX or PDF (staff)")
class ExportApi {

	private final DisclosureExports exports;

	private final Directory directory;

	ExportApi(DisclosureExports exports, Directory directory) {
		this.exports = exports;
		this.directory = directory;
	}

	@GetMapping("/api/disclosures/{id}/export.{format}")
	@Operation(summary = "The current version as a file: export.docx, export.xlsx or export.pdf")
	@ApiResponse(responseCode = "200", description = "The file")
	@ApiResponse(responseCode = "404", description = "No such disclosure within the caller's scope, or no such format")
	ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String format) {
		return download(exports, directory, id, format);
	}

	static ResponseEntity<byte[]> download(DisclosureExports exports, Directory directory, long id, String extension) {
		DisclosureExports.Format format = DisclosureExports.Format.of(extension);
		if (format == null) {
			throw new DisclosureNotFoundException(id);
		}
		Export export = exports.export(directory.currentActor(), id, format);
		return ResponseEntity.ok()
			.contentType(export.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(export.filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(export.content());
	}

}
