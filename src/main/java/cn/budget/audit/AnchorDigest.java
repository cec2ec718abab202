package cn.budget.audit;

import java.util.Collection;
import java.util.Comparator;

import cn.budget.shared.Digests;

/**
 * The digest of an anchor: SHA-256 over one line {@code disclosureId,seq,mac} per chain
 * head, sorted by disclosure id, each ending in a line feed (UTF-8); an anchor that names
 * the anchor before it (all since V41) starts with the line {@code previous,digest} of
 * that anchor, so its digest holds every anchor before it. Unkeyed on purpose: anyone
 * holding the list can recompute it, and anyone who kept the digest can compare.
 */
final class AnchorDigest {

	/** One chain head as an anchor records it. */
	record Entry(long disclosureId, long seq, String mac) {
	}

	private AnchorDigest() {
	}

	/**
	 * @param previous the digest of the anchor taken before, or null for the first anchor
	 * and those taken before anchors were linked
	 */
	static String of(String previous, Collection<Entry> entries) {
		StringBuilder text = new StringBuilder();
		if (previous != null) {
			text.append("previous,").append(previous).append('\n');
		}
		entries.stream()
			.sorted(Comparator.comparingLong(Entry::disclosureId))
			.forEach(e -> text.append(e.disclosureId())
				.append(',')
				.append(e.seq())
				.append(',')
				.append(e.mac())
				.append('\n'));
		return Digests.sha256Hex(text.toString());
	}

}
