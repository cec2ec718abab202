package cn.budget.identity;

import static cn.budget.identity.Access.STAFF_OF_312;
import static cn.budget.identity.Access.anyone;
import static cn.budget.identity.Access.only;
import static cn.budget.identity.Access.ownDepartment;
import static cn.budget.identity.Access.signedIn;
import static cn.budget.identity.RouteRequests.copyForward;
import static cn.budget.identity.RouteRequests.draftUpdate;
import static cn.budget.identity.RouteRequests.importIntoDraft;
import static cn.budget.identity.RouteRequests.newDisclosure;
import static cn.budget.identity.RouteRequests.newDisclosureForm;
import static cn.budget.identity.RouteRequests.newRound;
import static cn.budget.identity.RouteRequests.newRoundForm;
import static cn.budget.identity.RouteRequests.organisationImport;
import static cn.budget.identity.RouteRequests.tableIntoDraft;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may call each route of the application: every handler mapping of {@code cn.budget}
 * has a line here, or the route matrix fails naming it. A new route is decided on here,
 * not found out later. The resources are those of 县公安局 (312); "own department" means its
 * staff, the finance bureau and administrators as listed, while 县教育局's users find nothing
 * (404).
 */
final class AccessRules {

	/** The department's main-unit drafter and administrators: they change a draft. */
	private static final String[] DRAFTERS = { "admin", "drafter-ga" };

	/**
	 * Who creates a disclosure of 312 (or fills one from last year's): its drafter,
	 * supervisors, administrators.
	 */
	private static final String[] CREATORS = { "admin", "supervisor", "drafter-ga" };

	/**
	 * Rounds and their dashboards (the dashboard pages sit under /rounds, for
	 * supervisors).
	 */
	private static final String[] SUPERVISORS = { "admin", "supervisor" };

	/** Fresh codes and usernames for the routes that create units and people. */
	private static final AtomicInteger NEXT = new AtomicInteger();

	/** A request to name a substitute nobody can be. */
	private static final String NO_COLLEAGUE = "{\"substitute\":\"nobody\",\"from\":\"2099-01-01\",\"to\":\"2099-01-02\"}";

	private AccessRules() {
	}

	static List<AccessRule> all() {
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
						f -> post("/admin/sign-in-locks/lift").param("subject", "nobody-locked")),
				// Absence and substitutes: each person their own; nobody in the demo has
				// a colleague of
				// the same unit and role, so naming one is refused by its rules (422),
				// past access control.
				rule("GET /api/me/substitutes", signedIn(), f -> get("/api/me/substitutes")),
				rule("POST /api/me/substitutes", signedIn().letIn(),
						f -> json(post("/api/me/substitutes"), NO_COLLEAGUE)),
				rule("DELETE /api/me/substitutes/{id}", only("admin", "leader-ga"),
						f -> delete("/api/me/substitutes/" + f.substitution())),
				rule("GET /api/admin/users/{username}/substitutes", only("admin"),
						f -> get("/api/admin/users/leader-ga/substitutes")),
				rule("POST /api/admin/users/{username}/substitutes", only("admin").letIn(),
						f -> json(post("/api/admin/users/leader-ga/substitutes"), NO_COLLEAGUE)),
				rule("GET /account/absence", signedIn(), f -> get("/account/absence")),
				// drafter-ga names their colleague; for everyone else drafter2-ga is of
				// another unit or role.
				rule("POST /account/absence", signedIn().letIn(), f -> {
					var days = f.freeDaysWithAColleague();
					return post("/account/absence").param("substitute", "drafter2-ga")
						.param("from", days[0].toString())
						.param("to", days[1].toString());
				}),
				rule("POST /account/absence/{id}/cancel", only("admin", "leader-ga"),
						f -> post("/account/absence/" + f.substitution() + "/cancel")),
				// Disclosures.
				rule("GET /api/disclosures", signedIn(), f -> get("/api/disclosures")),
				rule("GET /disclosures", signedIn(), f -> get("/disclosures")),
				rule("GET /disclosures/new", signedIn(), f -> get("/disclosures/new")),
				rule("POST /api/disclosures", only(CREATORS), f -> json(post("/api/disclosures"), newDisclosure(f))),
				rule("POST /disclosures", only(CREATORS), f -> newDisclosureForm(f, post("/disclosures"))),
				rule("GET /api/disclosures/{id}", ownDepartment(STAFF_OF_312),
						f -> get("/api/disclosures/" + f.draft())),
				rule("GET /disclosures/{id}", ownDepartment(STAFF_OF_312), f -> get("/disclosures/" + f.draft())),
				rule("GET /disclosures/{id}/parts/{partKey}", ownDepartment(STAFF_OF_312),
						f -> get("/disclosures/" + f.draft() + "/parts/duties")),
				rule("PUT /api/disclosures/{id}", ownDepartment(DRAFTERS),
						f -> json(put("/api/disclosures/" + f.draft()), draftUpdate(f))),
				rule("PUT /api/disclosures/{id}/fields", ownDepartment(DRAFTERS),
						f -> json(put("/api/disclosures/" + f.draft() + "/fields"),
								"{\"expectedVersion\":" + f.draftVersion()
										+ ",\"values\":{\"other_matters:field:other_text\":\"" + f.newText("无其他需要说明的事项")
										+ "\"}}")),
				rule("PUT /api/disclosures/{id}/figures", ownDepartment(DRAFTERS),
						f -> json(put("/api/disclosures/" + f.draft() + "/figures"),
								"{\"expectedVersion\":" + f.draftVersion()
										+ ",\"figures\":{\"operating_funds:field:operating_funds_amount\":"
										+ f.newText("").replaceAll("\\D", "") + "}}")),
				rule("POST /disclosures/{id}/parts/{partKey}", ownDepartment(DRAFTERS),
						f -> post("/disclosures/" + f.draft() + "/parts/other_matters")
							.param("version", String.valueOf(f.draftVersion()))
							.param("fields[other_text].value", f.newText("无其他需要说明的事项"))),
				// Around a disclosure on its route: audit, checks, review.
				rule("GET /api/disclosures/{id}/audit", ownDepartment(STAFF_OF_312),
						f -> onTheRoute(f, "/api/disclosures/%d/audit")),
				rule("GET /api/disclosures/{id}/audit/verify", ownDepartment(STAFF_OF_312),
						f -> onTheRoute(f, "/api/disclosures/%d/audit/verify")),
				rule("GET /disclosures/{id}/timeline", ownDepartment(STAFF_OF_312),
						f -> onTheRoute(f, "/disclosures/%d/timeline")),
				rule("GET /api/disclosures/{id}/checks", ownDepartment(STAFF_OF_312),
						f -> onTheRoute(f, "/api/disclosures/%d/checks")),
				rule("GET /disclosures/{id}/checks/panel", ownDepartment(STAFF_OF_312),
						f -> onTheRoute(f, "/disclosures/%d/checks/panel")),
				rule("GET /api/checks/rules", signedIn(), f -> get("/api/checks/rules")),
				rule("GET /api/disclosures/{id}/comments", ownDepartment(STAFF_OF_312),
						f -> onTheRoute(f, "/api/disclosures/%d/comments")),
				rule("GET /api/disclosures/{id}/decisions", ownDepartment(STAFF_OF_312),
						f -> onTheRoute(f, "/api/disclosures/%d/decisions")),
				rule("GET /api/disclosures/{id}/blackline", ownDepartment(STAFF_OF_312),
						f -> onTheRoute(f, "/api/disclosures/%d/blackline")),
				rule("POST /api/disclosures/{id}/comments", ownDepartment(STAFF_OF_312),
						f -> json(post("/api/disclosures/" + f.onTheRoute() + "/comments"),
								"{\"partKey\":\"duties\",\"text\":\"请核对\"}")),
				rule("POST /disclosures/{id}/comments", ownDepartment(STAFF_OF_312),
						f -> post("/disclosures/" + f.onTheRoute() + "/comments").param("partKey", "duties")
							.param("text", "请核对")),
				// The author, the department's drafter and administrators resolve a
				// comment.
				rule("POST /api/comments/{id}/resolve", ownDepartment("admin", "reviewer", "drafter-ga"),
						f -> post("/api/comments/" + f.comment() + "/resolve")),
				rule("POST /comments/{id}/resolve", ownDepartment("admin", "reviewer", "drafter-ga"),
						f -> post("/comments/" + f.comment() + "/resolve")),
				// Import and export.
				rule("GET /api/disclosures/{id}/export.{format}", ownDepartment(STAFF_OF_312),
						f -> get("/api/disclosures/" + f.draft() + "/export.docx")),
				rule("GET /exchange/disclosures/{id}/export.{format}", ownDepartment(STAFF_OF_312),
						f -> get("/exchange/disclosures/" + f.draft() + "/export.docx")),
				rule("GET /imports", signedIn(), f -> get("/imports")),
				rule("GET /imports/templates/{template}/{tableKey}.xlsx", signedIn(),
						f -> get("/imports/templates/BUDGET/three_public.xlsx")),
				rule("POST /api/imports", ownDepartment(DRAFTERS), f -> importIntoDraft(f, multipart("/api/imports"))),
				rule("POST /imports/upload", ownDepartment(DRAFTERS),
						f -> importIntoDraft(f, multipart("/imports/upload"))),
				rule("POST /imports/tables", ownDepartment(DRAFTERS),
						f -> tableIntoDraft(f, multipart("/imports/tables"))),
				rule("POST /imports/copy-forward", only(CREATORS), f -> copyForward(f, post("/imports/copy-forward"))),
				// Notifications: each caller reads and marks their own; another's id
				// changes nothing.
				rule("GET /notifications", signedIn(), f -> get("/notifications")),
				rule("POST /notifications/{id}/read", signedIn(),
						f -> post("/notifications/" + f.notification() + "/read")),
				// The public portal.
				rule("GET /public", anyone(), f -> get("/public")),
				rule("GET /public/audit-anchors", anyone(), f -> get("/public/audit-anchors")),
				rule("GET /public/audit-anchors.json", anyone(), f -> get("/public/audit-anchors.json")),
				// Operations: an online backup of the embedded store (the tests'
				// in-memory one answers 409).
				rule("POST /api/admin/backups", only("admin").letIn(), f -> post("/api/admin/backups")),
				// The organisation import (a dry run of one department, changing nothing)
				// and its template.
				rule("GET /admin/organisation/import", only("admin"), f -> get("/admin/organisation/import")),
				rule("POST /admin/organisation/import", only("admin"),
						f -> organisationImport(multipart("/admin/organisation/import"))),
				rule("GET /admin/organisation/import/template.xlsx", only("admin"),
						f -> get("/admin/organisation/import/template.xlsx")),
				rule("POST /api/admin/organisation/import", only("admin"),
						f -> organisationImport(multipart("/api/admin/organisation/import"))),
				rule("GET /api/admin/organisation/template", only("admin"),
						f -> get("/api/admin/organisation/template")),
				rule("GET /public/disclosures/{id:\\d+}", anyone(), f -> get("/public/disclosures/" + f.published())),
				rule("GET /public/disclosures/{id:\\d+}/versions/{number:\\d+}", anyone(),
						f -> get("/public/disclosures/" + f.published() + "/versions/1")),
				rule("GET /public/disclosures/{id}.{extension}", anyone(),
						f -> get("/public/disclosures/" + f.published() + ".json")),
				rule("GET /public/disclosures/{id}/versions/{number}.{extension}", anyone(),
						f -> get("/public/disclosures/" + f.published() + "/versions/1.csv")),
				// Rounds and their progress: the finance bureau.
				rule("GET /rounds", only(SUPERVISORS), f -> get("/rounds")),
				rule("POST /rounds", only(SUPERVISORS), f -> newRoundForm(f, post("/rounds"))),
				rule("POST /api/rounds", only(SUPERVISORS), f -> json(post("/api/rounds"), newRound(f))),
				rule("GET /rounds/{id}", only(SUPERVISORS), f -> get("/rounds/" + f.round())),
				rule("GET /rounds/{id}/progress.csv", only(SUPERVISORS),
						f -> get("/rounds/" + f.round() + "/progress.csv")),
				rule("GET /rounds/{id}/progress.xlsx", only(SUPERVISORS),
						f -> get("/rounds/" + f.round() + "/progress.xlsx")),
				rule("GET /api/rounds/{id}/progress", only("admin", "supervisor", "reviewer"),
						f -> get("/api/rounds/" + f.round() + "/progress")),
				// The opening of a round (in the background for large rounds) and the
				// retry of its failed departments.
				rule("GET /rounds/{id}/opening", only(SUPERVISORS), f -> get("/rounds/" + f.round() + "/opening")),
				rule("GET /rounds/{id}/opening.json", only(SUPERVISORS),
						f -> get("/rounds/" + f.round() + "/opening.json")),
				rule("POST /rounds/{id}/opening/retry", only(SUPERVISORS),
						f -> post("/rounds/" + f.round() + "/opening/retry")),
				rule("GET /api/rounds/{id}/opening", only(SUPERVISORS),
						f -> get("/api/rounds/" + f.round() + "/opening")),
				rule("POST /api/rounds/{id}/opening/retry", only(SUPERVISORS),
						f -> post("/api/rounds/" + f.round() + "/opening/retry")),
				// Tasks: the leader's sign-off of 312; only they act on it,
				// administrators look.
				rule("GET /tasks", signedIn(), f -> get("/tasks")),
				rule("GET /api/tasks", signedIn(), f -> get("/api/tasks")),
				rule("GET /tasks/{id}", ownDepartment("admin", "leader-ga"), f -> get("/tasks/" + f.signOffTask())),
				rule("POST /tasks/{id}/claim", ownDepartment("leader-ga"),
						f -> post("/tasks/" + f.signOffTask() + "/claim")),
				rule("POST /api/tasks/{id}/claim", ownDepartment("leader-ga"),
						f -> post("/api/tasks/" + f.signOffTask() + "/claim")),
				rule("POST /tasks/{id}/unclaim", ownDepartment("leader-ga"),
						f -> post("/tasks/" + f.signOffTaskClaimed() + "/unclaim")),
				rule("POST /api/tasks/{id}/unclaim", ownDepartment("leader-ga"),
						f -> post("/api/tasks/" + f.signOffTaskClaimed() + "/unclaim")),
				// Claims only the tasks the caller may act on; the others are left alone.
				rule("POST /tasks/claim", signedIn(), f -> post("/tasks/claim").param("taskIds", f.signOffTask())),
				rule("POST /tasks/{id}/complete", ownDepartment("leader-ga"),
						f -> post("/tasks/" + f.signOffTask() + "/complete").param("decision", "RETURN")
							.param("comment", "请补充")),
				rule("POST /api/tasks/{id}/complete", ownDepartment("leader-ga"),
						f -> json(post("/api/tasks/" + f.signOffTask() + "/complete"),
								"{\"decision\":\"RETURN\",\"comment\":\"请补充\"}")),
				rule("POST /disclosures/{id}/correction", ownDepartment(CREATORS),
						f -> post("/disclosures/" + f.correctable() + "/correction")),
				rule("POST /api/disclosures/{id}/correction", ownDepartment(CREATORS),
						f -> post("/api/disclosures/" + f.correctable() + "/correction")),
				// Organisation management: units for administrators and supervisors,
				// people for administrators.
				// What is created is an inactive unit of 305 or an inactive person;
				// changes repeat what is stored.
				rule("GET /api/admin/units", only(SUPERVISORS), f -> get("/api/admin/units")),
				rule("POST /api/admin/units", only(SUPERVISORS),
						f -> json(post("/api/admin/units"),
								"{\"code\":\"RM" + NEXT.incrementAndGet()
										+ "\",\"name\":\"矩阵单位\",\"parentCode\":\"305\",\"active\":false}")),
				rule("PUT /api/admin/units/{code}", only(SUPERVISORS), f -> json(put("/api/admin/units/312006"),
						"{\"name\":\"交通警察大队\",\"parentCode\":\"312\",\"nature\":\"行政单位\",\"fundingForm\":\"财政拨款\"}")),
				rule("GET /api/admin/users", only("admin"), f -> get("/api/admin/users")),
				rule("POST /api/admin/users", only("admin"), f -> json(post("/api/admin/users"), "{\"username\":\"rm-"
						+ NEXT.incrementAndGet()
						+ "\",\"displayName\":\"矩阵\",\"role\":\"DRAFTER\",\"unitCode\":\"305001\",\"active\":false}")),
				rule("PUT /api/admin/users/{username}", only("admin"), f -> json(put("/api/admin/users/drafter-jy"),
						"{\"displayName\":\"教育局填报员\",\"role\":\"DRAFTER\",\"unitCode\":\"305001\",\"email\":\"drafter-jy@county.example\"}")),
				rule("GET /api/admin/organisation/changes", only("admin"), f -> get(
						"/api/admin/organisation/changes")),
				rule("GET /admin/units", only(SUPERVISORS), f -> get("/admin/units")),
				rule("POST /admin/units", only(SUPERVISORS),
						f -> post("/admin/units").param("code", "RM" + NEXT.incrementAndGet())
							.param("name", "矩阵单位")
							.param("parentCode", "305")
							.param("_active", "on")),
				rule("POST /admin/units/{code}", only(SUPERVISORS),
						f -> post("/admin/units/312006").param("name", "交通警察大队")
							.param("parentCode", "312")
							.param("nature", "ADMINISTRATIVE")
							.param("fundingForm", "FULL")
							.param("active", "true")),
				rule("GET /admin/users", only("admin"), f -> get("/admin/users")),
				rule("POST /admin/users", only("admin"),
						f -> post("/admin/users").param("username", "rm-" + NEXT.incrementAndGet())
							.param("displayName", "矩阵")
							.param("role", "DRAFTER")
							.param("unitCode", "305001")
							.param("_active", "on")),
				rule("POST /admin/users/{username}", only("admin"),
						f -> post("/admin/users/drafter-jy").param("displayName", "教育局填报员")
							.param("role", "DRAFTER")
							.param("unitCode", "305001")
							.param("email", "drafter-jy@county.example")
							.param("active", "true")),
				rule("GET /admin/organisation/changes", only("admin"), f -> get("/admin/organisation/changes")),
				// API tokens: each person their own (another's id: 404); administrators
				// anyone's and service accounts'.
				rule("GET /api/tokens", signedIn(), f -> get("/api/tokens")),
				rule("POST /api/tokens", signedIn(),
						f -> json(post("/api/tokens"), "{\"name\":\"matrix\",\"days\":1}")),
				rule("DELETE /api/tokens/{id}", only("admin", "leader-ga"), f -> delete("/api/tokens/" + f.token())),
				rule("GET /api/admin/tokens", only("admin"),
						f -> get("/api/admin/tokens").param("username", "leader-ga")),
				rule("POST /api/admin/tokens", only("admin"),
						f -> json(post("/api/admin/tokens"),
								"{\"username\":\"drafter-ks\",\"name\":\"matrix\",\"days\":1}")),
				rule("GET /account/tokens", signedIn(), f -> get("/account/tokens")),
				rule("POST /account/tokens", signedIn(),
						f -> post("/account/tokens").param("name", "matrix").param("days", "1")),
				rule("POST /account/tokens/{id}/revoke", only("admin", "leader-ga"),
						f -> post("/account/tokens/" + f.token() + "/revoke")));
	}

	private static AccessRule rule(String route, Access access, AccessRule.Call call) {
		return new AccessRule(route, access, call);
	}

	private static MockHttpServletRequestBuilder onTheRoute(RouteFixtures f, String path) {
		return get(path.formatted(f.onTheRoute()));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
