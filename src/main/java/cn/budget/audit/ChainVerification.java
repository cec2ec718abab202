package cn.budget.audit;

import java.util.ArrayList;
import java.util.List;

import cn.budget.audit.AuditProblem.Kind;
import cn.budget.audit.AuditProblem.Source;

/**
 * Checks one chain against its seals and its head: every MAC, every link to the
 * predecessor, the sequence without gaps, and the head naming the last event under its
 * own MAC.
 */
final class ChainVerification {

	// Telling a moved event from a changed one tries every broken position; beyond this
	// many a rewrite is reported as changes only.
	private static final int MOVES_TRIED = 16;

	private final AuditSeals seals;

	private final Long legacyBound;

	private final List<AuditProblem> problems = new ArrayList<>();

	private ChainVerification(AuditSeals seals, Long legacyBound) {
		this.seals = seals;
		this.legacyBound = legacyBound;
	}

	/**
	 * The problems of a chain.
	 * @param chain its events ordered by sequence number
	 * @param head its head row, or null when there is none
	 * @param legacyBound the last sequence number written before keyed MACs, or null
	 */
	static List<AuditProblem> check(long disclosureId, List<AuditEvent> chain, AuditChainHead head, Long legacyBound,
			AuditSeals seals) {
		ChainVerification verification = new ChainVerification(seals, legacyBound);
		verification.events(chain);
		verification.head(disclosureId, chain, head);
		return verification.problems;
	}

	private void events(List<AuditEvent> chain) {
		List<AuditEvent> broken = new ArrayList<>();
		long expected = 1;
		String previousMac = AuditHashes.GENESIS;
		boolean previousSound = true;
		for (AuditEvent event : chain) {
			boolean gap = event.getSeq() > expected;
			if (gap) {
				problems.add(AuditProblem.of(Kind.MISSING, expected, Source.EVENT));
			}
			boolean sealed = seals.valid(event, event.getSeq(), legacyBound);
			if (!sealed) {
				broken.add(event);
			}
			else if (!gap && previousSound && !event.getPrevHash().equals(previousMac)) {
				// Sealed for this place, yet chained after another event than the one
				// before it.
				problems.add(AuditProblem.of(Kind.REORDERED, event.getSeq(), Source.EVENT));
			}
			previousSound = sealed;
			previousMac = event.getHash();
			expected = event.getSeq() + 1;
		}
		broken.forEach(event -> problems
			.add(AuditProblem.of(moved(event, broken) ? Kind.REORDERED : Kind.CHANGED, event.getSeq(), Source.EVENT)));
	}

	// Whether the event's seal fits the place of another broken event (two events
	// swapped).
	private boolean moved(AuditEvent event, List<AuditEvent> broken) {
		return broken.size() <= MOVES_TRIED
				&& broken.stream().anyMatch(other -> other != event && seals.valid(event, other.getSeq(), legacyBound));
	}

	private void head(long disclosureId, List<AuditEvent> chain, AuditChainHead head) {
		long lastSeq = chain.isEmpty() ? 0 : chain.get(chain.size() - 1).getSeq();
		String lastMac = chain.isEmpty() ? AuditHashes.GENESIS : chain.get(chain.size() - 1).getHash();
		if (head == null) {
			if (!chain.isEmpty()) {
				problems.add(AuditProblem.of(Kind.CHANGED, lastSeq, Source.HEAD));
			}
			return;
		}
		if (head.getLastSeq() > lastSeq) {
			problems.add(AuditProblem.of(Kind.TRUNCATED, lastSeq + 1, Source.HEAD));
		}
		else if (head.getLastSeq() < lastSeq) {
			problems.add(AuditProblem.of(Kind.CHANGED, head.getLastSeq() + 1, Source.HEAD));
		}
		else if (!head.getLastHash().equals(lastMac)) {
			problems.add(AuditProblem.of(Kind.CHANGED, lastSeq, Source.HEAD));
		}
		else if (!seals.valid(head, disclosureId, legacyBound) && !brokenAt(lastSeq)) {
			// Head and a sound last event agree, but the head was not sealed with the
			// key: it was lowered to the event now last, so the events after it were
			// removed. (A head rewritten for a changed last event needs no second
			// report.)
			problems.add(AuditProblem.of(Kind.TRUNCATED, lastSeq + 1, Source.HEAD));
		}
	}

	private boolean brokenAt(long seq) {
		return problems.stream().anyMatch(p -> p.seq() == seq);
	}

}
