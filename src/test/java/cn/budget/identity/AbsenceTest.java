package cn.budget.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.budget.TestClockConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The context of the absence tests: a second leader of 县教育局 ({@link Colleagues}) and mail
 * to an in-process SMTP server. A context of its own, so the extra person never meets
 * other tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
		properties = { "spring.mail.host=localhost", "spring.mail.port=3025", "app.mail.base-url=http://absence.test" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestClockConfiguration.class, Colleagues.class })
@interface AbsenceTest {

}
