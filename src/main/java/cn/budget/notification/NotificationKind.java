package cn.budget.notification;

/**
 * Why somebody is notified.
 */
public enum NotificationKind {

	NEW_TASK, RETURNED, REMINDER, ESCALATION

}
