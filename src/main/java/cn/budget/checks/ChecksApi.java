package cn.budget.checks;

import java.util.List;

import cn.budget.content.ContentAddress;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.identity.Directory;
import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The findings of a disclosure's automated checks over the JSON API (api.md), and the
 * rules as configured.
 */
@ApiController
@Tag(name = "checks", description = "Automated checks of a disclosure")
class ChecksApi {

	private final DisclosureQueries queries;

	private final DisclosureChecks checks;

	private final Directory directory;

	private final FindingText text;

	ChecksApi(DisclosureQueries queries, DisclosureChecks checks, Directory directory, FindingText text) {
		this.queries = queries;
		this.checks = checks;
		this.directory = directory;
		this.text = text;
	}

	/**
	 * A finding as api.md describes it, extended with whether it blocks submission, where
	 * the editor shows it ({@code anchor}) and the place's content address (its text
	 * form).
	 */
	record FindingResponse(String rule, Severity severity, boolean blocking, String part, String location,
			Integer table, Integer row, String key, String anchor, String address, String message, String expected,
			String actual) {
	}

	@GetMapping("/api/disclosures/{id}/checks")
	@Operation(summary = "The findings of the automated checks, in document order")
	@ApiResponse(responseCode = "404", description = "No such disclosure within the caller's scope")
	List<FindingResponse> findings(@PathVariable long id) {
		return checks.check(queries.content(directory.currentActor(), id)).stream().map(this::response).toList();
	}

	@GetMapping("/api/checks/rules")
	@Operation(summary = "Every rule with its configured severity and whether it blocks submission")
	List<DisclosureChecks.RuleInfo> rules() {
		return checks.rules();
	}

	private FindingResponse response(Finding f) {
		ContentAddress address = f.address();
		String key = address.column() != null ? address.column() : address.field();
		return new FindingResponse(f.rule(), f.severity(), f.blocking(), f.part(), text.location(f),
				position(address.table()), position(address.row()), key, f.anchor(), address.toString(),
				text.message(f), f.expected(), f.actual());
	}

	private static Integer position(ContentAddress.Ref ref) {
		return ref == null ? null : ref.position();
	}

}
