package cn.budget.audit;

import java.util.List;

import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;

@ApiController
@Tag(name = "organisation")
class OrganisationChangesApi {

	private final OrganisationChanges changes;

	OrganisationChangesApi(OrganisationChanges changes) {
		this.changes = changes;
	}

	@GetMapping("/api/admin/organisation/changes")
	@Operation(summary = "ADMIN: every change of units, people and accounts, newest first: who, when, kind, "
			+ "subject (code or username), field, old → new")
	List<OrganisationChanges.Change> changes() {
		return changes.forAdministrator();
	}

}
