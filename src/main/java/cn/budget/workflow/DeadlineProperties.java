package cn.budget.workflow;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The legal deadline and when to remind.
 *
 * @param publicationDays days after the budget approval within which a department
 * publishes (20)
 * @param reminderDays days before the deadline when everybody involved is reminded (5)
 * @param zone the county's time zone; a deadline ends at midnight there
 */
@ConfigurationProperties("app.deadlines")
record DeadlineProperties(@DefaultValue("20") int publicationDays, @DefaultValue("5") int reminderDays,
		@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
