package cn.budget.identity.importing;

import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The import page: upload a file, see the dry run's counts, changes and problems, then
 * apply the same file. The browser keeps the chosen file and sends it again to apply, so
 * nothing is held on the server between the two steps.
 */
@Controller
class OrganisationImportPage {

	static final String VIEW = "admin/organisation-import";

	private final Directory directory;

	private final MultipartProperties multipart;

	OrganisationImportPage(Directory directory, MultipartProperties multipart) {
		this.directory = directory;
		this.multipart = multipart;
	}

	@GetMapping("/admin/organisation/import")
	String showImport(Model model) {
		if (!directory.currentActor().is(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators import the organisation");
		}
		model.addAttribute("maxFileSize", multipart.getMaxFileSize().toMegabytes());
		model.addAttribute("maxRows", SheetReading.MAX_ROWS);
		return VIEW;
	}

}
