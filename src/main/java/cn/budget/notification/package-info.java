/**
 * Notifications: an in-app list per user and e-mail (Spring Mail, off until SMTP is
 * configured) to the assignees and candidates of a new task, on a return, a reminder and
 * an escalation; and the one-time password links of identity, by mail only.
 */
@Surface({})
package cn.budget.notification;

import cn.budget.shared.Surface;
