package cn.budget.notification;

import java.time.Instant;

/**
 * A notification as the user sees it.
 */
public record NotificationView(Long id, NotificationKind kind, Long disclosureId, String taskId, String subject,
		String body, Instant createdAt, boolean read) {
}
