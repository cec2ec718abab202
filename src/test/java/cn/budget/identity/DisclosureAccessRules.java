package cn.budget.identity;

import static cn.budget.identity.Access.STAFF_OF_312;
import static cn.budget.identity.Access.anyone;
import static cn.budget.identity.Access.only;
import static cn.budget.identity.Access.ownDepartment;
import static cn.budget.identity.Access.signedIn;
import static cn.budget.identity.AccessRules.CREATORS;
import static cn.budget.identity.AccessRules.DRAFTERS;
import static cn.budget.identity.AccessRules.json;
import static cn.budget.identity.AccessRules.onTheRoute;
import static cn.budget.identity.AccessRules.rule;
import static cn.budget.identity.RouteRequests.copyForward;
import static cn.budget.identity.RouteRequests.draftUpdate;
import static cn.budget.identity.RouteRequests.importIntoDraft;
import static cn.budget.identity.RouteRequests.newDisclosure;
import static cn.budget.identity.RouteRequests.newDisclosureForm;
import static cn.budget.identity.RouteRequests.tableIntoDraft;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;

/**
 * Who may call the routes of a disclosure: drafting, its route's audit, checks and
 * review, import and export, and the public portal. See {@link AccessRules}.
 */
final class DisclosureAccessRules {

	private DisclosureAccessRules() {
	}

	static List<AccessRule> all() {
		return AccessRules.joined(drafting(), auditAndChecks(), review(), importAndExport(), publicPortal());
	}

	private static List<AccessRule> drafting() {
		return List.of(
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
										+ ",\"values\":{\"other_matters:field:other_text\":\""
										+ f.bodies().newText("无其他需要说明的事项") + "\"}}")),
				rule("PUT /api/disclosures/{id}/figures", ownDepartment(DRAFTERS),
						f -> json(put("/api/disclosures/" + f.draft() + "/figures"),
								"{\"expectedVersion\":" + f.draftVersion()
										+ ",\"figures\":{\"operating_funds:field:operating_funds_amount\":"
										+ f.bodies().newText("").replaceAll("\\D", "") + "}}")),
				rule("POST /disclosures/{id}/parts/{partKey}", ownDepartment(DRAFTERS),
						f -> post("/disclosures/" + f.draft() + "/parts/other_matters")
							.param("version", String.valueOf(f.draftVersion()))
							.param("fields[other_text].value", f.bodies().newText("无其他需要说明的事项"))));
	}

	private static List<AccessRule> auditAndChecks() {
		return List.of(
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
				rule("GET /api/checks/rules", signedIn(), f -> get("/api/checks/rules")));
	}

	private static List<AccessRule> review() {
		return List.of(
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
						f -> post("/comments/" + f.comment() + "/resolve")));
	}

	private static List<AccessRule> importAndExport() {
		return List.of(
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
				rule("POST /imports/copy-forward", only(CREATORS), f -> copyForward(f, post("/imports/copy-forward"))));
	}

	private static List<AccessRule> publicPortal() {
		return List.of(
				// The public portal.
				rule("GET /public", anyone(), f -> get("/public")),
				rule("GET /public/audit-anchors", anyone(), f -> get("/public/audit-anchors")),
				rule("GET /public/audit-anchors.json", anyone(), f -> get("/public/audit-anchors.json")),
				rule("GET /public/disclosures/{id:\\d+}", anyone(), f -> get("/public/disclosures/" + f.published())),
				rule("GET /public/disclosures/{id:\\d+}/versions/{number:\\d+}", anyone(),
						f -> get("/public/disclosures/" + f.published() + "/versions/1")),
				rule("GET /public/disclosures/{id}.{extension}", anyone(),
						f -> get("/public/disclosures/" + f.published() + ".json")),
				rule("GET /public/disclosures/{id}/versions/{number}.{extension}", anyone(),
						f -> get("/public/disclosures/" + f.published() + "/versions/1.csv")));
	}

}
