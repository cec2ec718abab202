package cn.budget.identity;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * The response headers of every chain, on top of Spring Security's defaults (no sniffing,
 * no framing, no caching of pages, HSTS over HTTPS).
 * <p>
 * The Content-Security-Policy allows scripts, styles, fonts and connections from this
 * origin only: no inline script, no inline event handler, no inline style (the pages'
 * JavaScript lives in {@code static/js}, one file per page; styles in
 * {@code static/css}); images also as {@code data:} URIs, which Bootstrap's stylesheet
 * uses for its icons. JavaScript that sets {@code element.style} (Bootstrap's dropdowns,
 * Chart.js, the upload progress bar) is not inline style and stays allowed. Camunda's web
 * apps under {@code /camunda/} send their own policy (they need inline scripts with a
 * nonce and {@code eval}); two policies would both apply, so ours is left off there.
 */
final class SecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
			"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	/**
	 * Features no page of ours uses; a script that found its way in cannot ask for them.
	 */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), magnetometer=(), gyroscope=(), accelerometer=()";

	private SecurityHeaders() {
	}

	static Customizer<HeadersConfigurer<HttpSecurity>> everywhere() {
		return headers -> headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
					new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")),
					new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
			// Links to other sites (e.g. from the portal) never carry our paths, which
			// hold ids.
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
	}

}
