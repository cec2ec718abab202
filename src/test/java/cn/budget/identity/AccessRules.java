package cn.budget.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may call each route of the application: every handler mapping of {@code cn.budget}
 * has a line here, or the route matrix fails naming it. A new route is decided on here,
 * not found out later. The resources are those of 县公安局 (312); "own department" means its
 * staff, the finance bureau and administrators as listed, while 县教育局's users find nothing
 * (404). The rules stand in one class by area of the application
 * ({@link AccountAccessRules} and its siblings); this one joins them and holds what they
 * share.
 */
final class AccessRules {

	/** The department's main-unit drafter and administrators: they change a draft. */
	static final String[] DRAFTERS = { "admin", "drafter-ga" };

	/**
	 * Who creates a disclosure of 312 (or fills one from last year's): its drafter,
	 * supervisors, administrators.
	 */
	static final String[] CREATORS = { "admin", "supervisor", "drafter-ga" };

	/**
	 * Rounds and their dashboards (the dashboard pages sit under /rounds, for
	 * supervisors).
	 */
	static final String[] SUPERVISORS = { "admin", "supervisor" };

	/** Fresh codes and usernames for the routes that create units and people. */
	static final AtomicInteger NEXT = new AtomicInteger();

	/** A request to name a substitute nobody can be. */
	static final String NO_COLLEAGUE = "{\"substitute\":\"nobody\",\"from\":\"2099-01-01\",\"to\":\"2099-01-02\"}";

	private AccessRules() {
	}

	static List<AccessRule> all() {
		return joined(AccountAccessRules.all(), DisclosureAccessRules.all(), OrganisationAccessRules.all(),
				RoundAccessRules.all());
	}

	/** The groups' rules one after the other, in the order given. */
	@SafeVarargs
	static List<AccessRule> joined(List<AccessRule>... groups) {
		return Stream.of(groups).flatMap(List::stream).toList();
	}

	static AccessRule rule(String route, Access access, AccessRule.Call call) {
		return new AccessRule(route, access, call);
	}

	static MockHttpServletRequestBuilder onTheRoute(RouteFixtures f, String path) {
		return get(path.formatted(f.onTheRoute()));
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
