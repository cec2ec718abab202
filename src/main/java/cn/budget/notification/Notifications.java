package cn.budget.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.identity.UserInfo;
import cn.budget.shared.Messages;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores notices per user and hands them to the mail sender, which sends after the change
 * that caused them has committed.
 */
@Service
@Transactional
public class Notifications {

	private static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private static final String INSERT = "insert into notification (username, kind, disclosure_id, task_id, subject,"
			+ " body, created_at) values (?, ?, ?, ?, ?, ?, ?)";

	private final NotificationRepository repository;

	private final Directory directory;

	private final Messages messages;

	private final MailOutbox outbox;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	Notifications(NotificationRepository repository, Directory directory, Messages messages, MailOutbox outbox,
			Clock clock, JdbcTemplate jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.directory = directory;
		this.messages = messages;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Notifies each recipient: an in-app notice, and an e-mail when mail is configured.
	 * @param key the message key of the subject; {@code key + ".body"} is the body
	 */
	public void notify(Collection<String> usernames, NotificationKind kind, Long disclosureId, String taskId,
			String key, Object... args) {
		String subject = messages.get(MAIL_LOCALE, key, args);
		String body = messages.get(MAIL_LOCALE, key + ".body", args);
		boolean mail = outbox.enabled();
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		List<Object[]> rows = new ArrayList<>();
		for (String username : usernames.stream().distinct().toList()) {
			rows.add(new Object[] { username, kind.name(), disclosureId, taskId, subject, body, now });
			if (mail) {
				directory.user(username).map(UserInfo::email).ifPresent(email -> outbox.send(email, subject, body));
			}
		}
		// One JDBC batch: through the entity, whose key is an identity column, every row
		// would be an insert of its own, read back, in every decision that creates a
		// task.
		jdbc.batchUpdate(INSERT, rows);
	}

	@Transactional(readOnly = true)
	public List<NotificationView> of(Actor actor, int limit) {
		return repository.findByUsernameOrderByCreatedAtDesc(actor.username(), PageRequest.of(0, limit))
			.stream()
			.map(Notification::view)
			.toList();
	}

	public void markRead(Actor actor, long id) {
		repository.findById(id)
			.filter(n -> n.getUsername().equals(actor.username()))
			.ifPresent(n -> n.markRead(clock.instant()));
	}

}
