package cn.budget.audit;

import java.util.List;

import cn.budget.identity.Directory;
import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@ApiController
@Tag(name = "audit", description = "The append-only audit trail of a disclosure, chained by keyed MACs")
class AuditApi {

	private final AuditTrail trail;

	private final Directory directory;

	AuditApi(AuditTrail trail, Directory directory) {
		this.trail = trail;
		this.directory = directory;
	}

	@GetMapping("/api/disclosures/{id}/audit")
	@Operation(summary = "Every audit event of the disclosure, oldest first")
	List<AuditTrail.Event> audit(@PathVariable long id) {
		return trail.of(directory.currentActor(), id);
	}

	@GetMapping("/api/disclosures/{id}/audit/verify")
	@Operation(summary = "Verify the chain, its head and the public anchors naming it: intact, or the first broken "
			+ "sequence number and every problem (CHANGED, MISSING, REORDERED, TRUNCATED, ANCHOR_MISMATCH)")
	AuditTrail.Verification verify(@PathVariable long id) {
		return trail.verify(directory.currentActor(), id);
	}

}
