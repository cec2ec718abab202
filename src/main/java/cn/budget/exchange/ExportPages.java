package cn.budget.exchange;

import cn.budget.identity.Directory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The editor's download buttons: the same exports as the API, for a signed-in session.
 */
@Controller
class ExportPages {

	private final DisclosureExports exports;

	private final Directory directory;

	ExportPages(DisclosureExports exports, Directory directory) {
		this.exports = exports;
		this.directory = directory;
	}

	@GetMapping("/exchange/disclosures/{id}/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String format) {
		return ExportApi.download(exports, directory, id, format);
	}

}
