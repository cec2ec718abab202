package cn.budget.identity;

import static cn.budget.identity.Access.anyone;
import static cn.budget.identity.Access.only;
import static cn.budget.identity.Access.signedIn;
import static cn.budget.identity.AccessRules.NO_COLLEAGUE;
import static cn.budget.identity.AccessRules.json;
import static cn.budget.identity.AccessRules.rule;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;

/**
 * Who may call the routes of one's own account, absence, notifications and API tokens.
 * See {@link AccessRules}.
 */
final class AccountAccessRules {

	private AccountAccessRules() {
	}

	static List<AccessRule> all() {
		return AccessRules.joined(identityAndPasswords(), absenceAndSubstitutes(), notificationsAndTokens());
	}

	private static List<AccessRule> identityAndPasswords() {
		return List.of(
				// Identity and the start page.
				rule("GET /login", anyone(), f -> get("/login")), rule("GET /", signedIn(), f -> get("/")),
				rule("GET /api/me", signedIn(), f -> get("/api/me")),
				// Accounts: one's own password (a wrong current one changes nothing),
				// one-time links, sign-in locks.
				rule("PUT /api/me/password", signedIn().letIn(), f -> json(put("/api/me/password"),
						"{\"currentPassword\":\"not-the-current-one\",\"newPassword\":\"ein neues Passwort 1\"}")),
				rule("GET /account/password", signedIn(), f -> get("/account/password")),
				rule("POST /account/password", signedIn(),
						f -> post("/account/password").param("currentPassword", "not-the-current-one")
							.param("newPassword", "ein neues Passwort 1")
							.param("confirmPassword", "ein neues Passwort 1")),
				rule("GET /account/activate", anyone(), f -> get("/account/activate").param("token", "unknown")),
				rule("POST /account/activate", anyone(),
						f -> post("/account/activate").param("token", "unknown")
							.param("newPassword", "ein neues Passwort 1")
							.param("confirmPassword", "ein neues Passwort 1")),
				rule("POST /api/admin/users/{username}/password-link", only("admin"),
						f -> post("/api/admin/users/drafter-ks/password-link")),
				rule("GET /api/admin/sign-in-locks", only("admin"), f -> get("/api/admin/sign-in-locks")),
				rule("DELETE /api/admin/sign-in-locks/{username}", only("admin"),
						f -> delete("/api/admin/sign-in-locks/nobody-locked")),
				rule("GET /admin/sign-in-locks", only("admin"), f -> get("/admin/sign-in-locks")),
				rule("POST /admin/sign-in-locks/lift", only("admin"),
						f -> post("/admin/sign-in-locks/lift").param("subject", "nobody-locked")));
	}

	private static List<AccessRule> absenceAndSubstitutes() {
		return List.of(
				// Absence and substitutes: each person their own; nobody in the demo has
				// a colleague of
				// the same unit and role, so naming one is refused by its rules (422),
				// past access control.
				rule("GET /api/me/substitutes", signedIn(), f -> get("/api/me/substitutes")),
				rule("POST /api/me/substitutes", signedIn().letIn(),
						f -> json(post("/api/me/substitutes"), NO_COLLEAGUE)),
				rule("DELETE /api/me/substitutes/{id}", only("admin", "leader-ga"),
						f -> delete("/api/me/substitutes/" + f.accounts().substitution())),
				rule("GET /api/admin/users/{username}/substitutes", only("admin"),
						f -> get("/api/admin/users/leader-ga/substitutes")),
				rule("POST /api/admin/users/{username}/substitutes", only("admin").letIn(),
						f -> json(post("/api/admin/users/leader-ga/substitutes"), NO_COLLEAGUE)),
				rule("GET /account/absence", signedIn(), f -> get("/account/absence")),
				// drafter-ga names their colleague; for everyone else drafter2-ga is of
				// another unit or role.
				rule("POST /account/absence", signedIn().letIn(), f -> {
					var days = f.accounts().freeDaysWithAColleague();
					return post("/account/absence").param("substitute", "drafter2-ga")
						.param("from", days[0].toString())
						.param("to", days[1].toString());
				}), rule("POST /account/absence/{id}/cancel", only("admin", "leader-ga"),
						f -> post("/account/absence/" + f.accounts().substitution() + "/cancel")));
	}

	private static List<AccessRule> notificationsAndTokens() {
		return List.of(
				// Notifications: each caller reads and marks their own; another's id
				// changes nothing.
				rule("GET /notifications", signedIn(), f -> get("/notifications")),
				rule("POST /notifications/{id}/read", signedIn(),
						f -> post("/notifications/" + f.notification() + "/read")),
				// API tokens: each person their own (another's id: 404); administrators
				// anyone's and service accounts'.
				rule("GET /api/tokens", signedIn(), f -> get("/api/tokens")),
				rule("POST /api/tokens", signedIn(),
						f -> json(post("/api/tokens"), "{\"name\":\"matrix\",\"days\":1}")),
				rule("DELETE /api/tokens/{id}", only("admin", "leader-ga"),
						f -> delete("/api/tokens/" + f.accounts().token())),
				rule("GET /api/admin/tokens", only("admin"),
						f -> get("/api/admin/tokens").param("username", "leader-ga")),
				rule("POST /api/admin/tokens", only("admin"),
						f -> json(post("/api/admin/tokens"),
								"{\"username\":\"drafter-ks\",\"name\":\"matrix\",\"days\":1}")),
				rule("GET /account/tokens", signedIn(), f -> get("/account/tokens")),
				rule("POST /account/tokens", signedIn(),
						f -> post("/account/tokens").param("name", "matrix").param("days", "1")),
				rule("POST /account/tokens/{id}/revoke", only("admin", "leader-ga"),
						f -> post("/account/tokens/" + f.accounts().token() + "/revoke")));
	}

}
