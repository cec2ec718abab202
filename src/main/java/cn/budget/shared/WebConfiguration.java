package cn.budget.shared;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * zh-CN by default; {@code ?lang=en} switches to English and the choice is kept in a
 * cookie. API clients that send Accept-Language get that language.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
		// Without a cookie, API clients get the language they ask for; pages are zh-CN
		// until switched.
		resolver.setDefaultLocaleFunction(
				request -> request.getRequestURI().startsWith("/api/") && request.getHeader("Accept-Language") != null
						? request.getLocale() : Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		// Only a language choice; no other site needs to send it along.
		resolver.setCookieSameSite("Strict");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
