package cn.budget.identity;

import java.io.IOException;
import java.util.Map;

import cn.budget.shared.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;

/**
 * 401 for the HTTP Basic chains. A refused sign-in gets the same message whatever the
 * reason (no such account, wrong password, too many attempts), and {@code Retry-After}
 * when it was held back; a request without credentials gets a bare 401 as before.
 */
class SignInEntryPoint implements AuthenticationEntryPoint {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Messages messages;

	private final LocaleResolver locales;

	SignInEntryPoint(Messages messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		if (ex instanceof GuardedAuthenticationProvider.SignInRefused refused) {
			response.setHeader(HttpHeaders.RETRY_AFTER,
					String.valueOf(Math.max(1, (refused.retryAfter().toMillis() + 999) / 1000)));
		}
		if (ex instanceof BadCredentialsException) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			String detail = messages.get(locales.resolveLocale(request), "login.failed");
			JSON.writeValue(response.getWriter(), Map.of("type", "about:blank", "title", "Unauthorized", "status",
					HttpStatus.UNAUTHORIZED.value(), "detail", detail));
		}
	}

}
