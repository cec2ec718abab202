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
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;

import cn.budget.identity.TokenRefused.Reason;

/**
 * 401 for a refused Bearer token, as the API's other errors: a problem detail in the
 * caller's language saying why (invalid, expired, revoked, person deactivated, no account
 * for the provider's user), with {@code WWW-Authenticate: Bearer error="invalid_token"}
 * as RFC 6750 asks.
 */
class BearerEntryPoint implements AuthenticationEntryPoint {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Messages messages;

	private final LocaleResolver locales;

	BearerEntryPoint(Messages messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		// A provider's token that does not verify (signature, issuer, audience, time) is
		// simply invalid.
		TokenRefused refused = ex instanceof TokenRefused r ? r : new TokenRefused(Reason.INVALID);
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		String detail = messages.get(locales.resolveLocale(request), refused.messageKey());
		JSON.writeValue(response.getWriter(), Map.of("type", "about:blank", "title", "Unauthorized", "status",
				HttpStatus.UNAUTHORIZED.value(), "detail", detail, "reason", refused.reason().name()));
	}

}
