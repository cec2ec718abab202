package cn.budget.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import cn.budget.identity.PasswordLinkIssued;
import cn.budget.shared.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails a one-time password link to its person, after the link is stored. Unlike other
 * notices it is never kept in the in-app list: the link is a secret that only the mailbox
 * should hold.
 */
@Component
class AccountMails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MailOutbox outbox;

	private final Messages messages;

	private final ZoneId zone;

	AccountMails(MailOutbox outbox, Messages messages, @Value("${app.deadlines.zone:Asia/Shanghai}") ZoneId zone) {
		this.outbox = outbox;
		this.messages = messages;
		this.zone = zone;
	}

	@EventListener
	void on(PasswordLinkIssued e) {
		Locale locale = Locale.SIMPLIFIED_CHINESE;
		String subject = messages.get(locale, "passwordLink.mail");
		String body = messages.get(locale, "passwordLink.mail.body", e.displayName(), e.username(), e.link(),
				WHEN.format(e.expiresAt().atZone(zone)));
		outbox.send(e.email(), subject, body);
	}

}
