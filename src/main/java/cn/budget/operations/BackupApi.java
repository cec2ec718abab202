package cn.budget.operations;

import cn.budget.identity.Directory;
import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

@ApiController
@Tag(name = "operations", description = "Online backups of the embedded H2 store (ADMIN)")
class BackupApi {

	private final Backups backups;

	private final Directory directory;

	BackupApi(Backups backups, Directory directory) {
		this.backups = backups;
		this.directory = directory;
	}

	@PostMapping("/api/admin/backups")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Back up the H2 store while it runs, into <data-dir>/backups/; 409 on PostgreSQL (use pg_dump)")
	Backup create() {
		return backups.create(directory.currentActor());
	}

}
