package cn.budget.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The cache of on-request downloads stays within its bytes and drops the least recently
 * used first.
 */
class RecentDownloadsTests {

	@Test
	void theLeastRecentlyUsedGoFirstAndTheBytesStayWithinTheCapacity() {
		RecentDownloads recent = new RecentDownloads(100);
		recent.put("1/1.docx", download(40));
		recent.put("2/1.docx", download(40));
		assertThat(recent.get("1/1.docx")).isNotNull();

		recent.put("3/1.docx", download(40));

		assertThat(recent.contains("2/1.docx")).isFalse();
		assertThat(recent.contains("1/1.docx")).isTrue();
		assertThat(recent.contains("3/1.docx")).isTrue();
		assertThat(recent.size()).isEqualTo(80);
	}

	@Test
	void aDownloadLargerThanTheWholeCacheIsNotKept() {
		RecentDownloads recent = new RecentDownloads(100);
		recent.put("1/1.docx", download(60));

		recent.put("2/1.xlsx", download(101));

		assertThat(recent.contains("2/1.xlsx")).isFalse();
		assertThat(recent.contains("1/1.docx")).isTrue();
		assertThat(recent.size()).isEqualTo(60);
	}

	private static PublishedFiles.Download download(int bytes) {
		return new PublishedFiles.Download("docx", "application/octet-stream", new byte[bytes], "x");
	}

}
