package cn.budget.exchange.writing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The subsets of one font cut for recent documents, by the digest of their characters:
 * the PDFs of one version (its publication's files, its downloads, a re-render after a
 * failure) and documents of the same characters share one cut, which was about half of a
 * short document's font work. The newest few are kept, so memory stays bounded (a subset
 * of a long disclosure is a few hundred KB).
 */
final class FontSubsets {

	private final Map<String, byte[]> cuts;

	FontSubsets(int kept) {
		this.cuts = new LinkedHashMap<>(kept * 2, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
				return size() > kept;
			}

		};
	}

	/**
	 * The subset for these characters, cut now if no recent document had the same. Cut
	 * outside the lock: two renders at once may both cut the same, which costs only time.
	 */
	byte[] of(String charactersDigest, Supplier<byte[]> cut) {
		synchronized (cuts) {
			byte[] known = cuts.get(charactersDigest);
			if (known != null) {
				return known;
			}
		}
		byte[] fresh = cut.get();
		synchronized (cuts) {
			cuts.put(charactersDigest, fresh);
		}
		return fresh;
	}

}
