package cn.budget.publication;

import cn.budget.disclosure.DisclosureNotFoundException;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.identity.DepartmentFilter;
import cn.budget.identity.Directory;
import cn.budget.shared.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public portal (no login): the list of published disclosures with search, a
 * published version as a page, its earlier versions and what a correction changed, and
 * the downloads (stored, or Word and Excel rendered on request). A draft's id answers
 * 404.
 */
@Controller
class PublicPages {

	static final String VIEW_LIST = "publication/list";

	static final String VIEW_DISCLOSURE = "publication/disclosure";

	private final Portal portal;

	private final PublishedFiles files;

	private final DisclosureQueries disclosures;

	private final Directory directory;

	private final Messages messages;

	PublicPages(Portal portal, PublishedFiles files, DisclosureQueries disclosures, Directory directory,
			Messages messages) {
		this.portal = portal;
		this.files = files;
		this.disclosures = disclosures;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/public")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String department,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		DepartmentFilter filter = directory.departmentFilter(department, true);
		model.addAttribute("published", portal.list(year, filter.code(), q, page));
		model.addAttribute("departments", filter.offered());
		model.addAttribute("year", year);
		model.addAttribute("department", filter.code());
		model.addAttribute("q", q);
		return VIEW_LIST;
	}

	@GetMapping("/public/disclosures/{id:\\d+}")
	String latest(@PathVariable long id, Model model) {
		return page(id, null, model);
	}

	@GetMapping("/public/disclosures/{id:\\d+}/versions/{number:\\d+}")
	String version(@PathVariable long id, @PathVariable int number, Model model) {
		return page(id, number, model);
	}

	@GetMapping("/public/disclosures/{id}.{extension}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String extension) {
		int newest = portal.newestVersion(id).orElseThrow(() -> new DisclosureNotFoundException(id));
		return download(id, newest, extension);
	}

	@GetMapping("/public/disclosures/{id}/versions/{number}.{extension}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable int number, @PathVariable String extension) {
		PublishedFiles.Download file = files.find(id, number, extension)
			.orElseThrow(() -> new DisclosureNotFoundException(id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"disclosure-" + id + "-v" + number + "." + file.extension() + "\"")
			.eTag(file.sha256())
			.body(file.content());
	}

	/**
	 * A Word or Excel download could not be rendered (logged and counted): the error
	 * page, in the reader's language, never the exception.
	 */
	@ExceptionHandler(DownloadUnavailableException.class)
	ModelAndView unavailable(DownloadUnavailableException ex, HttpServletResponse response) {
		// Busy or failed, trying again a little later is the useful answer.
		response.setHeader(HttpHeaders.RETRY_AFTER, "30");
		ModelAndView view = new ModelAndView("error");
		view.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		view.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		view.addObject("message", messages.get("portal.download.unavailable"));
		return view;
	}

	// Signed-in staff of the department, the finance bureau or administrators.
	private boolean staff(String departmentCode) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)
				&& directory.currentActor().canSeeDepartment(departmentCode);
	}

	private String page(long id, Integer number, Model model) {
		Portal.Published published = portal.published(id, number)
			.orElseThrow(() -> new DisclosureNotFoundException(id));
		model.addAttribute("published", published);
		model.addAttribute("template", disclosures.templateOf(published.masked()));
		model.addAttribute("staff", staff(published.masked().departmentCode()));
		model.addAttribute("extensions", files.extensions());
		return VIEW_DISCLOSURE;
	}

}
