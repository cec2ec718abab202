package cn.budget.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One notice to one user, shown in the app until read.
 */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String username;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NotificationKind kind;

	private Long disclosureId;

	private String taskId;

	@Column(nullable = false, length = 1000)
	private String subject;

	@Column(length = 4000)
	private String body;

	@Column(nullable = false)
	private Instant createdAt;

	private Instant readAt;

	protected Notification() {
	}

	// Notices are inserted in batches by Notifications (JDBC); this constructor states
	// the entity's whole content for anyone creating one through JPA.
	Notification(String username, NotificationKind kind, Long disclosureId, String taskId, String subject, String body,
			Instant createdAt) {
		this.username = username;
		this.kind = kind;
		this.disclosureId = disclosureId;
		this.taskId = taskId;
		this.subject = subject;
		this.body = body;
		this.createdAt = createdAt;
	}

	void markRead(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

	NotificationView view() {
		return new NotificationView(id, kind, disclosureId, taskId, subject, body, createdAt, readAt != null);
	}

	String getUsername() {
		return username;
	}

}
