package cn.budget;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.budget.identity.Colleagues;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The context of the tests that read mail: mail goes to an in-process SMTP server on port
 * 3025 (each class starts its own GreenMail there), and a second leader of 县教育局
 * ({@link Colleagues}) can be added beside the demo organisation. A context of its own,
 * so the shared one ({@link IntegrationTest}) has no mail server to wait for and the
 * extra person never meets its tests; the absence, notification and password-link tests
 * share it (one start instead of two, in each pass of the build). Their assertions on
 * mail name their recipients, so a second leader of 县教育局 changes none of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
		properties = { "spring.mail.host=localhost", "spring.mail.port=3025", "app.mail.base-url=http://absence.test" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestClockConfiguration.class, Colleagues.class })
public @interface MailIntegrationTest {

}
