package cn.budget.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Maps the provider's user to our account by a claim: no account, or a deactivated one,
 * is refused. A signed-in provider user then becomes the same {@link SignedInUser} a
 * password login gives, so scoping, CSRF and Camunda's single sign-on work unchanged.
 */
class SingleSignOnAccounts implements OAuth2UserService<OidcUserRequest, OidcUser>, AuthenticationSuccessHandler {

	/** The error code of a refused provider user. */
	static final String REFUSED = "account_refused";

	private static final Logger log = LoggerFactory.getLogger(SingleSignOnAccounts.class);

	private final OidcUserService provider = new OidcUserService();

	private final String usernameClaim;

	private final DirectoryUserDetailsService users;

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final AuthenticationSuccessHandler then = new SavedRequestAwareAuthenticationSuccessHandler();

	SingleSignOnAccounts(String usernameClaim, DirectoryUserDetailsService users) {
		this.usernameClaim = usernameClaim;
		this.users = users;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser oidc = provider.loadUser(request);
		SignedInUser account = account(oidc.getClaimAsString(usernameClaim));
		return new DefaultOidcUser(account.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo(), usernameClaim);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		SignedInUser account = account(authentication.getName());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		then.onAuthenticationSuccess(request, response, context.getAuthentication());
	}

	// The same refusal whether the account is missing or deactivated: the provider's user
	// learns nothing.
	private SignedInUser account(String username) {
		try {
			if (username != null && users.loadUserByUsername(username) instanceof SignedInUser user
					&& user.isEnabled()) {
				return user;
			}
		}
		catch (UsernameNotFoundException ex) {
			// refused below
		}
		log.warn("Single sign-on refused for provider user {}: no active account", username);
		throw new OAuth2AuthenticationException(new OAuth2Error(REFUSED));
	}

}
