package cn.budget.identity;

import static cn.budget.identity.Access.only;
import static cn.budget.identity.Access.ownDepartment;
import static cn.budget.identity.Access.signedIn;
import static cn.budget.identity.AccessRules.CREATORS;
import static cn.budget.identity.AccessRules.SUPERVISORS;
import static cn.budget.identity.AccessRules.json;
import static cn.budget.identity.AccessRules.rule;
import static cn.budget.identity.RouteRequests.newRound;
import static cn.budget.identity.RouteRequests.newRoundForm;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

/**
 * Who may call the routes of rounds, their opening, the tasks and corrections. See
 * {@link AccessRules}.
 */
final class RoundAccessRules {

	private RoundAccessRules() {
	}

	static List<AccessRule> all() {
		return AccessRules.joined(roundsAndOpening(), tasksAndCorrections());
	}

	private static List<AccessRule> roundsAndOpening() {
		return List.of(
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
						f -> post("/api/rounds/" + f.round() + "/opening/retry")));
	}

	private static List<AccessRule> tasksAndCorrections() {
		return List.of(
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
						f -> post("/api/disclosures/" + f.correctable() + "/correction")));
	}

}
