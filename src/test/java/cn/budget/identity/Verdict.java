package cn.budget.identity;

import jakarta.servlet.ServletException;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

/** Whether an answer is of the class a rule expects for the caller. */
final class Verdict {

	private Verdict() {
	}

	/** A call of a route through MockMvc. */
	@FunctionalInterface
	interface Call {

		MvcResult perform() throws Exception;

	}

	/**
	 * What is wrong with the answer, or null when it is what the rule expects. An
	 * exception that leaves the application is a server error: MockMvc throws it where a
	 * server answers 500.
	 */
	static String problem(Access.Outcome expected, Call call) throws Exception {
		MvcResult result;
		try {
			result = call.perform();
		}
		catch (ServletException ex) {
			return "expected " + expected + ", got a server error: " + ex.getCause();
		}
		MockHttpServletResponse response = result.getResponse();
		int status = response.getStatus();
		String location = response.getHeader(HttpHeaders.LOCATION);
		boolean toLogin = status / 100 == 3 && location != null && location.contains("/login");
		boolean fine = switch (expected) {
			case ALLOWED -> (status / 100 == 2 || status / 100 == 3) && !toLogin;
			case REFUSED -> status == 401 || status == 403 || status == 404 || toLogin;
			case HIDDEN -> status == 404;
			case LET_IN -> status < 500 && status != 401 && status != 403 && status != 404 && !toLogin;
		};
		if (fine) {
			return null;
		}
		return "expected " + expected + ", got " + status + (location == null ? "" : " to " + location) + " "
				+ describe(response);
	}

	// A problem detail says why; of a page or a file the kind is enough to tell what was
	// served.
	private static String describe(MockHttpServletResponse response) throws Exception {
		String type = String.valueOf(response.getContentType());
		if (!type.contains("json")) {
			return "(" + type + ")";
		}
		String body = response.getContentAsString();
		return body.substring(0, Math.min(body.length(), 300));
	}

}
