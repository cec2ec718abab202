package cn.budget.identity;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One line of the route table: a handler mapping of the application
 * ({@code "METHOD pattern"}, as Spring's {@code RequestMappingHandlerMapping} names it),
 * who may call it, and how to call it on a resource of 县公安局 (312).
 *
 * @param route the method and path pattern, e.g. {@code "GET /api/disclosures/{id}"}
 * @param access who may call it
 * @param call a valid request of the route, made anew for every caller
 */
record AccessRule(String route, Access access, Call call) {

	/**
	 * A valid request, built on resources the fixtures keep in the state the route needs.
	 */
	@FunctionalInterface
	interface Call {

		MockHttpServletRequestBuilder request(RouteFixtures fixtures) throws Exception;

	}

	String method() {
		return route.substring(0, route.indexOf(' '));
	}

	String pattern() {
		return route.substring(route.indexOf(' ') + 1);
	}

	/** Whether a browser form posts it, so that Spring Security asks for a CSRF token. */
	boolean changesStateFromAForm() {
		return !method().equals("GET") && !pattern().startsWith("/api/");
	}

	@Override
	public String toString() {
		return route + " (" + access.description() + ")";
	}

}
