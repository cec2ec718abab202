package cn.budget.publication;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureNotFoundException;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureSummary;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.VersionInfo;
import cn.budget.disclosure.VersionKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public portal: published disclosures only; a draft's id answers 404.
 */
@Controller
class PublicPages {

	static final String VIEW_LIST = "publication/list";

	static final String VIEW_DISCLOSURE = "publication/disclosure";

	private final DisclosureVersions versions;

	private final DisclosureQueries disclosures;

	PublicPages(DisclosureVersions versions, DisclosureQueries disclosures) {
		this.versions = versions;
		this.disclosures = disclosures;
	}

	/** A published disclosure in the portal's list. */
	record Published(VersionInfo version, DisclosureSummary disclosure) {
	}

	@GetMapping("/public")
	String list(Model model) {
		List<VersionInfo> published = versions.latestPublications();
		Map<Long, DisclosureSummary> summaries = disclosures
			.summaries(published.stream().map(VersionInfo::disclosureId).toList())
			.stream()
			.collect(Collectors.toMap(DisclosureSummary::id, Function.identity()));
		model.addAttribute("published", published.stream()
			.map(v -> new Published(v, summaries.get(v.disclosureId())))
			.toList());
		return VIEW_LIST;
	}

	@GetMapping("/public/disclosures/{id}")
	String disclosure(@PathVariable long id, Model model) {
		VersionInfo latest = versions.latest(id, VersionKind.PUBLICATION).orElseThrow(() -> new DisclosureNotFoundException(id));
		DisclosureDocument document = versions.content(id, VersionKind.PUBLICATION, latest.number()).orElseThrow();
		model.addAttribute("version", latest);
		model.addAttribute("document", document);
		model.addAttribute("template", disclosures.templateOf(document));
		return VIEW_DISCLOSURE;
	}

}
