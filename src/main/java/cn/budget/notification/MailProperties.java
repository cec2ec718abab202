package cn.budget.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail settings beyond Spring Mail's SMTP ones ({@code spring.mail.host} etc.): mail is
 * sent only when an SMTP host is configured.
 *
 * @param from the sender address
 * @param baseUrl the product's address, for links in mails
 */
@ConfigurationProperties("app.mail")
record MailProperties(@DefaultValue("budget-disclosure@county.example") String from,
		@DefaultValue("http://localhost:8080") String baseUrl) {
}
