package cn.budget.identity;

import static cn.budget.identity.Access.only;
import static cn.budget.identity.AccessRules.NEXT;
import static cn.budget.identity.AccessRules.SUPERVISORS;
import static cn.budget.identity.AccessRules.json;
import static cn.budget.identity.AccessRules.rule;
import static cn.budget.identity.RouteRequests.organisationImport;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;

/**
 * Who may call the routes that run the county: backups, the organisation import and the
 * management of units and people. See {@link AccessRules}.
 */
final class OrganisationAccessRules {

	private OrganisationAccessRules() {
	}

	static List<AccessRule> all() {
		return AccessRules.joined(backupsAndImport(), unitsAndPeopleThroughTheApi(), unitsAndPeopleThroughThePages());
	}

	private static List<AccessRule> backupsAndImport() {
		return List.of(
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
						f -> get("/api/admin/organisation/template")));
	}

	private static List<AccessRule> unitsAndPeopleThroughTheApi() {
		return List.of(
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
				rule("GET /api/admin/organisation/changes", only("admin"),
						f -> get("/api/admin/organisation/changes")));
	}

	private static List<AccessRule> unitsAndPeopleThroughThePages() {
		return List.of(rule("GET /admin/units", only(SUPERVISORS), f -> get("/admin/units")),
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
				rule("GET /admin/organisation/changes", only("admin"), f -> get("/admin/organisation/changes")));
	}

}
