package cn.budget;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.budget.workflow.Routes;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application context on in-memory H2 with the demo organisation, MockMvc through
 * the real security filter chain, and a clock the test controls. The context is shared
 * between test classes, so tests use their own fiscal years ({@link Years}). Metrics are
 * exported as in production ({@code /actuator/prometheus}), which Spring Boot's tests
 * leave off unless asked. The route helper ({@link Routes}) is in every such context, so
 * the tests that drive routes and those that do not share one context instead of starting
 * two (each start costs 7–13 s of the build, twice: on H2 and on PostgreSQL).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
@Import({ TestClockConfiguration.class, Routes.class })
public @interface IntegrationTest {

}
