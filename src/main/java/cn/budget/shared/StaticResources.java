package cn.budget.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The pages' stylesheets, scripts and web jars, each under its own path.
 * <p>
 * Spring Boot's default maps {@code /**} to the static folders as well; since the web
 * jars turn on URL rewriting, every link a page writes ({@code /disclosures/12},
 * {@code /tasks/…}) was then looked up as a file in every jar of the classpath, and a
 * link that is no file is never cached: on a reviewer's inbox of 200 rows that was most
 * of the page's time. With these three paths (and
 * {@code spring.web.resources.add-mappings} off) only links under them are looked up.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// The pages name web jars without their version (/webjars/bootstrap/css/…); the
		// resolver finds the jar's versioned path.
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
	}

}
