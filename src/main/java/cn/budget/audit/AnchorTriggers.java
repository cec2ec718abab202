package cn.budget.audit;

import cn.budget.disclosure.DisclosureEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When anchors are taken: every hour the day's anchor is tried (a node that was down at
 * midnight still anchors the day), and at every publication, after the publication's own
 * audit event.
 */
@Component
class AnchorTriggers {

	private static final Logger log = LoggerFactory.getLogger(AnchorTriggers.class);

	private final AuditAnchors anchors;

	AnchorTriggers(AuditAnchors anchors) {
		this.anchors = anchors;
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
