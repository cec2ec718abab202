package cn.budget.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the Spring Security login to Camunda's web apps. Spring Security has already
 * limited {@code /camunda/**} to administrators, who get Camunda's admin group.
 */
public class CamundaSingleSignOnProvider implements AuthenticationProvider {

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| !(authentication.getPrincipal() instanceof SignedInUser user) || !user.actor().is(Role.ADMIN)) {
			return AuthenticationResult.unsuccessful();
		}
		AuthenticationResult result = AuthenticationResult.successful(user.getUsername());
		result.setGroups(List.of("camunda-admin", Role.ADMIN.name()));
		return result;
	}

	@Override
	public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
		// Spring Security redirects to the login page before Camunda is reached.
	}

}
