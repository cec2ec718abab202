package cn.budget.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;

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
		try {
			return HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
