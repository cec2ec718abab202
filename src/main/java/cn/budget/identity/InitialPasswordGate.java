package cn.budget.identity;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import cn.budget.shared.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Until a person has replaced the password an administrator set, they reach only the
 * change of password: pages redirect to it with an explanation, every other call answers
 * 403 saying so. It runs after authentication, so it knows the principal; the principal
 * carries the flag, fresh on every HTTP Basic call and renewed in the session when the
 * password is changed.
 */
class InitialPasswordGate extends OncePerRequestFilter {

	static final String PAGE = "/account/password";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final List<String> OPEN = List.of(PAGE, "/api/me", "/api/me/password", "/logout", "/login", "/error",
			"/favicon.ico");

	private static final List<String> OPEN_PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/", "/public");

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	private final Messages messages;

	private final LocaleResolver locales;

	InitialPasswordGate(Messages messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean mustChange = authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.mustChangePassword();
		if (!mustChange || open(request.getRequestURI().substring(request.getContextPath().length()))) {
			chain.doFilter(request, response);
		}
		else if (isPage(request)) {
			redirects.sendRedirect(request, response, PAGE + "?required");
		}
		else {
			refuse(request, response);
		}
	}

	private static boolean open(String path) {
		return OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
	}

	// A browser's page or form: API, actuator and engine calls get the 403 they can read.
	private static boolean isPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/api/") && !path.startsWith("/actuator") && !path.startsWith("/engine-rest");
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		String detail = messages.get(locales.resolveLocale(request), "password.changeRequired");
		JSON.writeValue(response.getWriter(), Map.of("type", "about:blank", "title", "Forbidden", "status",
				HttpStatus.FORBIDDEN.value(), "detail", detail, "reason", "PASSWORD_CHANGE_REQUIRED"));
	}

}
