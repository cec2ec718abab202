package cn.budget.shared;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that its log lines carry ({@code requestId} in the MDC, shown
 * by the console pattern and the JSON logs) and that the response echoes in
 * {@code X-Request-Id}, so an operator finds the lines of one request, across nodes
 * behind a balancer that sets the header. A caller's id is kept when it is a sane token,
 * otherwise a new one is made. With
 * {@code logging.level.cn.budget.shared.RequestIdFilter=debug} every request is logged
 * with its outcome and duration.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // before security, so refusals carry the id too
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	// Short and plain: the id goes into log lines and a response header as it is.
	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private static final String ATTRIBUTE = RequestIdFilter.class.getName();

	private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = requestId(request);
		long start = System.nanoTime();
		MDC.put(MDC_KEY, id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (log.isDebugEnabled() && request.getDispatcherType() == DispatcherType.REQUEST) {
				log.debug("{} {} -> {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
						(System.nanoTime() - start) / 1_000_000);
			}
			MDC.remove(MDC_KEY);
		}
	}

	// The error page is rendered in a dispatch of its own: it keeps the request's id.
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static String requestId(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof String known) {
			return known;
		}
		String given = request.getHeader(HEADER);
		String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
		request.setAttribute(ATTRIBUTE, id);
		return id;
	}

}
