package cn.budget.audit;

import java.util.Collection;
import java.util.Comparator;

import cn.budget.shared.Digests;

/**
 * The digest of an anchor: SHA-256 over one line {@code disclosureId,seq,mac} per chain
 * head, sorted by disclosure id, each ending in a line feed (UTF-8). Unkeyed on purpose:
 * anyone holding the list can recompute it, and anyone who kept the digest can compare.
 */
final class AnchorDigest {

	/** One chain head as an anchor records it. */
	record Entry(long disclosureId, long seq, String mac) {
	}

	private AnchorDigest() {
	}

	static String of(Collection<Entry> entries) {
		StringBuilder text = new StringBuilder();
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
