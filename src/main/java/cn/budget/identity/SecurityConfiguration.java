package cn.budget.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

import cn.budget.shared.Messages;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * Form login for pages, HTTP Basic or Bearer tokens for {@code /api/**}; Camunda's web
 * apps and REST API for ADMIN only; actuator endpoints other than health for ADMIN. The
 * public portal, static assets, health and the OpenAPI description need no login.
 */
@Configuration
class SecurityConfiguration {

	/** Argon2id for new passwords, older bcrypt hashes still read (PasswordHashing). */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${app.passwords.argon2.memory-kib:19456}") int memoryKib,
			@Value("${app.passwords.argon2.iterations:2}") int iterations) {
		return PasswordHashing.encoder(memoryKib, iterations);
	}

	/**
	 * No observation of the security chain: without this, every request wraps each of the
	 * chain's filters, the authentication and the authorization in an observation that no
	 * metric or trace reads ({@code http_server_requests} stays, from Spring MVC's own).
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Actuator: health for anyone (its details only for ADMIN), everything else — metrics
	 * for Prometheus — for ADMIN with HTTP Basic, never a browser session. Its paths are
	 * apart from the other chains', so its place before them does not matter.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
				.permitAll()
				.anyRequest()
				.hasRole(Role.ADMIN.name()))
			.httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(SecurityHeaders.everywhere())
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	/**
	 * The JSON API: HTTP Basic or a Bearer token (ours or, with single sign-on, the
	 * provider's JWT), no session, no CSRF token (api.md). A refused sign-in says why in
	 * the caller's language (SignInEntryPoint); a person with an initial password reaches
	 * only {@code /api/me} and its password (InitialPasswordGate).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, Messages messages, LocaleResolver locales, TokenSignIn tokens,
			ObjectProvider<ProviderTokens> providerTokens) throws Exception {
		BearerTokens bearer = new BearerTokens(tokens, providerTokens.getIfAvailable());
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(new SignInEntryPoint(messages, locales)))
			// Bearer tokens, ours or the provider's JWTs (BearerTokens): the fast path,
			// API only.
			.oauth2ResourceServer(resource -> resource.authenticationManagerResolver(request -> bearer)
				.authenticationEntryPoint(new BearerEntryPoint(messages, locales)))
			// A request without credentials is answered as before the tokens, whatever
			// the order of the configurers.
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(new SignInEntryPoint(messages, locales)))
			.addFilterBefore(new InitialPasswordGate(messages, locales), AuthorizationFilter.class)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(SecurityHeaders.everywhere())
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	/**
	 * Camunda's engine REST API: administrators with HTTP Basic only, never a browser
	 * session, so a forged request from another site cannot use an administrator's login.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
		// Matched by path, not as a Spring MVC pattern: the engine REST API is a servlet
		// of its own.
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
			.authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN.name()))
			.httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.requireExplicitSave(true))
			.headers(SecurityHeaders.everywhere())
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageChain(HttpSecurity http, Messages messages, LocaleResolver locales,
			ObjectProvider<PageSignIn> signIns) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/public", "/public/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
					"/favicon.ico", "/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			// A one-time link from a mail is opened without login: its token is the
			// proof.
			.requestMatchers("/account/activate")
			.permitAll()
			.requestMatchers("/camunda/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/rounds", "/rounds/**")
			.hasAnyRole(Role.SUPERVISOR.name(), Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.httpBasic(Customizer.withDefaults())
			.addFilterBefore(new InitialPasswordGate(messages, locales), AuthorizationFilter.class)
			.headers(SecurityHeaders.everywhere())
			// Camunda's web apps carry their own CSRF protection.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"));
		// Single sign-on, when configured (SingleSignOnConfiguration).
		for (PageSignIn signIn : signIns) {
			signIn.applyTo(http);
		}
		return http.build();
	}

	/**
	 * A request the firewall refuses (a path with {@code //}, {@code ;}, encoded dots or
	 * slashes) is the caller's mistake: 400 with the error page, not a 500.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new HttpStatusRequestRejectedHandler(HttpStatus.BAD_REQUEST.value());
	}

	/** Signs the Spring Security user into Camunda's web apps, so there is one login. */
	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaSingleSignOn() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.addInitParameter("authentication-provider", CamundaSingleSignOnProvider.class.getName());
		registration.addUrlPatterns("/camunda/*");
		return registration;
	}

}
