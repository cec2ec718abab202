package cn.budget.identity;

import java.time.Instant;

import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@ApiController
@Tag(name = "identity")
class PasswordApi {

	private final Accounts accounts;

	private final PasswordLinks links;

	private final Directory directory;

	private final String publicUrl;

	PasswordApi(Accounts accounts, PasswordLinks links, Directory directory,
			@Value("${app.public-url:}") String publicUrl) {
		this.accounts = accounts;
		this.links = links;
		this.directory = directory;
		this.publicUrl = publicUrl;
	}

	/** A change of one's own password; never echoed back. */
	record PasswordChange(String currentPassword, String newPassword) {

		@Override
		public String toString() {
			return "PasswordChange[…]";
		}

	}

	/** When a one-time link sent stops working. */
	record LinkSent(Instant expiresAt) {
	}

	@PutMapping("/api/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change the caller's own password (204); 422 with the reason when the current one is "
			+ "wrong, the new one is the same or breaks the password policy")
	void change(@RequestBody PasswordChange change) {
		accounts.changeOwnPassword(directory.currentActor().username(), change.currentPassword(), change.newPassword());
	}

	@PostMapping("/api/admin/users/{username}/password-link")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Mail the person a one-time link to choose their password (ADMIN; 202); "
			+ "422 when they have no e-mail address")
	LinkSent sendLink(@PathVariable String username) {
		String base = publicUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: publicUrl.replaceAll("/+$", "");
		return new LinkSent(links.send(directory.currentActor(), username, base));
	}

}
