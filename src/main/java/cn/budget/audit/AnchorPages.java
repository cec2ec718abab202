package cn.budget.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public anchors on the portal (no login): date, time, reason and digest of each, as
 * a page and as JSON for whoever keeps copies.
 */
@Controller
class AnchorPages {

	static final String VIEW_ANCHORS = "audit/anchors";

	private final AuditAnchors anchors;

	AnchorPages(AuditAnchors anchors) {
		this.anchors = anchors;
	}

	@GetMapping(path = "/public/audit-anchors", produces = MediaType.TEXT_HTML_VALUE)
	String page(Model model) {
		model.addAttribute("anchors", anchors.newest());
		return VIEW_ANCHORS;
	}

	@GetMapping(path = { "/public/audit-anchors", "/public/audit-anchors.json" },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	@Operation(
			summary = "The public audit anchors, newest first: date, time, reason and SHA-256 digest of every chain head "
					+ "(daily) or of the heads no anchor listed yet (at a publication), each covering the digest of the "
					+ "anchor before it (previousDigest)")
	List<AnchorView> json() {
		return anchors.newest();
	}

}
