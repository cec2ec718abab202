package cn.budget.publication;

import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * The most recently used on-request downloads, at most a number of bytes in all; the
 * least recently used go first. A published version never changes, so nothing else ever
 * removes one.
 */
final class RecentDownloads {

	private final long capacity;

	private final LinkedHashMap<String, PublishedFiles.Download> downloads = new LinkedHashMap<>(16, 0.75f, true);

	private long size;

	RecentDownloads(long capacity) {
		this.capacity = capacity;
	}

	synchronized PublishedFiles.Download get(String key) {
		return downloads.get(key);
	}

	/** Keeps a download unless it alone is larger than the capacity. */
	synchronized void put(String key, PublishedFiles.Download download) {
		if (download.content().length > capacity) {
			return;
		}
		PublishedFiles.Download previous = downloads.put(key, download);
		size += download.content().length - (previous == null ? 0 : previous.content().length);
		Iterator<PublishedFiles.Download> oldest = downloads.values().iterator();
		while (size > capacity) {
			size -= oldest.next().content().length;
			oldest.remove();
		}
	}

	synchronized long size() {
		return size;
	}

	synchronized boolean contains(String key) {
		return downloads.containsKey(key);
	}

}
