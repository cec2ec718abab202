package cn.budget.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends mail after the current transaction commits (nothing is mailed for a change that
 * rolled back), and only when an SMTP host is configured. A failing mail server never
 * fails the change.
 */
@Component
class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final MailProperties properties;

	MailOutbox(ObjectProvider<JavaMailSender> sender, MailProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	/** Whether mail goes out at all: without, nobody's address needs reading. */
	boolean enabled() {
		return sender.getIfAvailable() != null;
	}

	void send(String to, String subject, String body) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null || to == null || to.isBlank()) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.from());
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body + "\n\n" + properties.baseUrl());
		Runnable send = () -> {
			try {
				mail.send(message);
			}
			catch (MailException ex) {
				log.warn("Could not mail {}: {}", to, ex.getMessage());
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
	}

}
