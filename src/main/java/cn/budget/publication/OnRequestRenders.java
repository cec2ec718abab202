package cn.budget.publication;

import java.time.Duration;
import java.util.Optional;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.shared.Digests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders a convenience format (Word, Excel) of a published version when someone
 * downloads it, from the frozen version, masked and with its template as the stored files
 * are, as of its publication time, so that the same version is the same bytes and ETag in
 * every JVM. The most recent renders are kept ({@link RecentDownloads},
 * {@code app.publication.download-cache-bytes}) so that a popular disclosure is not
 * rendered again for every visitor. A render that fails is logged and counted
 * ({@code disclosure.render.failures}) and answers 503; so does a download that finds no
 * free render slot ({@link RenderSlots}, {@code app.publication.download-renders}),
 * counted apart ({@code disclosure.downloads.refused}).
 */
@Component
class OnRequestRenders {

	private static final Logger log = LoggerFactory.getLogger(OnRequestRenders.class);

	private final DisclosureVersions versions;

	private final DisclosureQueries disclosures;

	private final PublicationMetrics metrics;

	private final RecentDownloads recent;

	private final RenderSlots slots;

	OnRequestRenders(DisclosureVersions versions, DisclosureQueries disclosures, PublicationMetrics metrics,
			@Value("${app.publication.download-cache-bytes:8388608}") long cacheBytes,
			@Value("${app.publication.download-renders:2}") int renders,
			@Value("${app.publication.download-render-wait:5s}") Duration wait) {
		this.versions = versions;
		this.disclosures = disclosures;
		this.metrics = metrics;
		this.recent = new RecentDownloads(cacheBytes);
		this.slots = new RenderSlots(renders, wait);
	}

	/** The format of that version if it was rendered lately and is still kept. */
	Optional<PublishedFiles.Download> cached(PublicationRenderer renderer, long disclosureId, int publishedVersion) {
		return Optional.ofNullable(recent.get(key(renderer, disclosureId, publishedVersion)));
	}

	/**
	 * @throws DownloadUnavailableException when the render failed or found no free slot
	 */
	PublishedFiles.Download render(PublicationRenderer renderer, long disclosureId, int publishedVersion) {
		String key = key(renderer, disclosureId, publishedVersion);
		PublishedFiles.Download cached = recent.get(key);
		if (cached != null) {
			return cached;
		}
		if (!slots.take()) {
			metrics.downloadRefused();
			throw new DownloadUnavailableException(key, null);
		}
		try {
			// A visitor who waited for a slot may find the file rendered meanwhile.
			PublishedFiles.Download rendered = recent.get(key);
			return rendered != null ? rendered : renderInSlot(renderer, key, disclosureId, publishedVersion);
		}
		finally {
			slots.give();
		}
	}

	private PublishedFiles.Download renderInSlot(PublicationRenderer renderer, String key, long disclosureId,
			int publishedVersion) {
		byte[] content;
		try {
			// Masking and the template's lookup fail like the render: counted, 503.
			content = metrics.timeRender(renderer.extension(),
					() -> MaskedVersion.read(versions, disclosures, disclosureId, publishedVersion).render(renderer));
		}
		catch (RuntimeException ex) {
			metrics.renderFailed();
			log.error("The {} download of disclosure {} published version {} could not be rendered on request",
					renderer.extension(), disclosureId, publishedVersion, ex);
			throw new DownloadUnavailableException(key, ex);
		}
		PublishedFiles.Download download = new PublishedFiles.Download(renderer.extension(), renderer.mediaType(),
				content, Digests.sha256Hex(content));
		recent.put(key, download);
		return download;
	}

	private static String key(PublicationRenderer renderer, long disclosureId, int publishedVersion) {
		return disclosureId + "/" + publishedVersion + "." + renderer.extension();
	}

	/** The render slots free now (all of them when no render is under way). */
	int freeSlots() {
		return slots.free();
	}

}
