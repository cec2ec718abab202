package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.budget.IntegrationTest;
import cn.budget.workflow.Routes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The route × caller matrix, generated from the application's own request mappings: every
 * route of {@code cn.budget} must have a rule in {@link AccessRules}, and every rule is
 * called as an anonymous caller and as each demo user, among them the users of another
 * department, on resources of 县公安局. Allowed callers get 2xx or 3xx, refused ones 401,
 * 403, 404 or the login page, users of another department 404 where the route hides the
 * resource, and nobody a server error. Every form that changes state refuses a request
 * without a CSRF token.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessMatrixIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	final List<AccessRule> rules = AccessRules.all();

	RouteFixtures fixtures;

	@BeforeAll
	void makeTheResourcesOfThePolice() {
		fixtures = new RouteFixtures(context, mvc);
	}

	@Test
	void everyRouteOfTheApplicationHasExactlyOneRule() {
		Set<String> routes = applicationRoutes();
		Map<String, Long> ruled = rules.stream()
			.collect(Collectors.groupingBy(AccessRule::route, Collectors.counting()));
		assertThat(difference(routes, ruled.keySet()))
			.as("Routes without a rule: add them to AccessRules, saying who may call them")
			.isEmpty();
		assertThat(difference(ruled.keySet(), routes)).as("Rules of routes the application no longer has").isEmpty();
		assertThat(ruled.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
			.as("Routes with more than one rule")
			.isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> everyCallerGetsWhatTheRuleSays() {
		return rules.stream().map(rule -> dynamicTest(rule.toString(), () -> {
			List<String> wrong = new ArrayList<>();
			for (String caller : callers()) {
				String problem = Verdict.problem(rule.access().expected(caller),
						() -> mvc.perform(as(caller, rule.call().request(fixtures))).andReturn());
				if (problem != null) {
					wrong.add((caller == null ? "anonymous" : caller) + ": " + problem);
				}
			}
			assertThat(wrong).as(rule.toString()).isEmpty();
		}));
	}

	/**
	 * Signed in by the login form, as in a browser: the token of the session passes, none
	 * is refused.
	 */
	@TestFactory
	Stream<DynamicTest> everyFormThatChangesStateNeedsACsrfToken() {
		return rules.stream().filter(AccessRule::changesStateFromAForm).map(rule -> dynamicTest(rule.toString(), () -> {
			String user = rule.access().someoneAllowed();
			MockHttpSession session = signIn(user);
			mvc.perform(rule.call().request(fixtures).session(session)).andExpect(status().isForbidden());
			assertThat(Verdict.problem(Access.Outcome.ALLOWED,
					() -> mvc.perform(rule.call().request(fixtures).session(session).with(csrf())).andReturn()))
				.as("%s as %s with the session's token", rule.route(), user)
				.isNull();
		}));
	}

	/**
	 * Why the API needs no CSRF token: it never reads the browser's session, so a forged
	 * request from another site carries no login to it.
	 */
	@Test
	void theApiIgnoresTheBrowsersSession() throws Exception {
		MockHttpSession session = signIn("drafter-ga");
		mvc.perform(get("/tasks").session(session)).andExpect(status().isOk());
		mvc.perform(get("/api/me").session(session)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/disclosures").session(session)
			.contentType(MediaType.APPLICATION_JSON)
			.content(RouteRequests.newDisclosure(fixtures))).andExpect(status().isUnauthorized());
	}

	/**
	 * Routes any signed-in user calls, on what is theirs: another's task or notice stays
	 * as it was.
	 */
	@Test
	void whatIsSomebodyElsesStaysAsItWas() throws Exception {
		String task = fixtures.signOffTask();
		mvc.perform(post("/tasks/claim").param("taskIds", task).with(httpBasic("leader-jy", "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.signOffTaskAssignee()).isNull();
		long notice = fixtures.unreadNotification();
		mvc.perform(post("/notifications/" + notice + "/read").with(httpBasic("drafter-jy", "demo")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.isRead(notice)).isFalse();
	}

	private MockHttpSession signIn(String user) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("demo"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	/**
	 * Every method and path pattern of the application's own controllers, as "GET /path".
	 */
	private Set<String> applicationRoutes() {
		Set<String> routes = new TreeSet<>();
		handlerMapping.getHandlerMethods().forEach((info, method) -> {
			if (method.getBeanType().getName().startsWith("cn.budget.")) {
				routes.addAll(routesOf(info));
			}
		});
		assertThat(routes).as("the application's routes").isNotEmpty();
		return routes;
	}

	private static List<String> routesOf(RequestMappingInfo info) {
		Set<String> methods = info.getMethodsCondition()
			.getMethods()
			.stream()
			.map(Enum::name)
			.collect(Collectors.toSet());
		List<String> routes = new ArrayList<>();
		for (String pattern : info.getPatternValues()) {
			(methods.isEmpty() ? Set.of("ALL") : methods).forEach(m -> routes.add(m + " " + pattern));
		}
		return routes;
	}

	private static List<String> difference(Collection<String> these, Collection<String> those) {
		return these.stream().filter(route -> !those.contains(route)).sorted().toList();
	}

	// Anonymous, then the demo users; the fixtures renew whatever an allowed call used
	// up.
	private static List<String> callers() {
		List<String> callers = new ArrayList<>();
		callers.add(null);
		callers.addAll(Access.USERS);
		return callers;
	}

	// HTTP Basic, which the pages accept too: a login per call, whatever the route.
	private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return user == null ? request.with(csrf()) : request.with(httpBasic(user, "demo")).with(csrf());
	}

}
