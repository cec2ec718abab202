package cn.budget.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.budget.audit.AuditProblem.Kind;

/**
 * Holds one chain to the anchors that name it: the anchored event must still be there
 * with the anchored MAC, the anchor's digest recomputed with the chain's current MAC must
 * equal the digest published that day, the anchor before it must still carry the digest
 * it covered, and the anchor after it must cover this one's.
 */
final class AnchorVerification {

	private AnchorVerification() {
	}

	/**
	 * @param macs the chain's stored MACs by sequence number
	 * @param lastSeq the chain's last sequence number
	 */
	static List<AuditProblem> check(long disclosureId, Map<Long, String> macs, long lastSeq,
			List<AnchorStore.Stored> anchors) {
		List<AuditProblem> problems = new ArrayList<>();
		Set<Long> mismatchedSeqs = new HashSet<>();
		AnchorStore.Stored furthest = null;
		long furthestSeq = lastSeq;
		for (AnchorStore.Stored anchor : anchors) {
			AnchorDigest.Entry mine = entryOf(anchor, disclosureId);
			String current = macs.get(mine.seq());
			if (mine.seq() > furthestSeq) {
				furthest = anchor;
				furthestSeq = mine.seq();
			}
			else if (current != null && !current.equals(mine.mac())) {
				if (mismatchedSeqs.add(mine.seq())) {
					problems.add(AuditProblem.anchor(Kind.ANCHOR_MISMATCH, mine.seq(), anchor.date(), anchor.id()));
				}
			}
			else if (current != null
					&& (!recomputed(anchor, mine, current).equals(anchor.digest()) || !linked(anchor))) {
				problems.add(AuditProblem.anchor(Kind.ANCHOR_MISMATCH, mine.seq(), anchor.date(), anchor.id()));
			}
		}
		if (furthest != null) {
			problems.add(AuditProblem.anchor(Kind.TRUNCATED, lastSeq + 1, furthest.date(), furthest.id()));
		}
		return problems;
	}

	/** The chain's entry in the anchor's list: every anchor checked names the chain. */
	private static AnchorDigest.Entry entryOf(AnchorStore.Stored anchor, long disclosureId) {
		return anchor.entries().stream().filter(e -> e.disclosureId() == disclosureId).findFirst().orElseThrow();
	}

	// Both links hold: the predecessor still carries the digest this anchor covers, and
	// the successor covers the digest this anchor carries (an anchor rewritten together
	// with its chain keeps its own backward link, not its successor's).
	private static boolean linked(AnchorStore.Stored anchor) {
		return (anchor.previousDigest() == null || anchor.previousDigest().equals(anchor.linkedDigest()))
				&& (anchor.successorCovers() == null || anchor.successorCovers().equals(anchor.digest()));
	}

	// The digest from the stored list, this chain's entry taken from the events as they
	// are now.
	private static String recomputed(AnchorStore.Stored anchor, AnchorDigest.Entry mine, String current) {
		return AnchorDigest.of(anchor.previousDigest(),
				anchor.entries()
					.stream()
					.map(e -> e == mine ? new AnchorDigest.Entry(e.disclosureId(), e.seq(), current) : e)
					.toList());
	}

}
