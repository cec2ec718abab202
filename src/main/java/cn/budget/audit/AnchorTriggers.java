package cn.budget.audit;

import cn.budget.disclosure.DisclosureEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When anchors are taken: at start-up and every hour the day's anchor is tried (a node
 * that was down at midnight still anchors the day), and at every publication, after the
 * publication's own audit event.
 */
@Component
class AnchorTriggers {

	private static final Logger log = LoggerFactory.getLogger(AnchorTriggers.class);

	private final AuditAnchors anchors;

	private final String cron;

	AnchorTriggers(AuditAnchors anchors, @Value("${app.audit.anchor-cron:0 5 * * * *}") String cron) {
		this.anchors = anchors;
		this.cron = cron;
	}

	/**
	 * Also at start-up, unless anchoring is switched off
	 * ({@code app.audit.anchor-cron: "-"}): a node started on a fresh database or after a
	 * night down has the day's anchor at once, not at the next hour.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void anchorTodayAtStart() {
		if (Scheduled.CRON_DISABLED.equals(cron)) {
			return;
		}
		try {
			anchorToday();
		}
		catch (RuntimeException ex) {
			// The node still serves: the hourly trigger tries again.
			log.warn("Audit anchor at start-up failed; the hourly trigger retries", ex);
		}
	}

	@Scheduled(cron = "${app.audit.anchor-cron:0 5 * * * *}", zone = "${app.deadlines.zone:Asia/Shanghai}")
	void anchorToday() {
		try {
			anchors.anchorDay().ifPresent(a -> log.info("Audit anchor of {}: {}", a.date(), a.digest()));
		}
		catch (DataIntegrityViolationException raced) {
			log.debug("Another node anchored the day first", raced);
		}
	}

	// Before commit: the audit events of the publication are on their chain by then, in
	// the same transaction (AuditBuffer appends them first of all before-commit work).
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(DisclosureEvent.Published event) {
		anchors.anchorPublication();
	}

}
