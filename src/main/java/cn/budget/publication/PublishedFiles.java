package cn.budget.publication;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.content.DisclosureContent;
import cn.budget.shared.Digests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the stored downloads of a published version once (the PDF, the official
 * document, and the data package and CSV), from a masked copy, after the publication has
 * committed ({@link PublicationRendering}); afterwards the stored bytes are served
 * unchanged. Word and Excel, convenience formats, are rendered from the frozen version
 * when downloaded ({@link OnRequestRenders}); a stored Word or Excel file of a version
 * published before that still wins.
 */
@Service
@Transactional
public class PublishedFiles {

	private final PublishedFileRepository files;

	private final DisclosureVersions versions;

	private final DisclosureQueries disclosures;

	private final List<PublicationRenderer> renderers;

	private final Clock clock;

	private final PublicationMetrics metrics;

	private final PortalEntries entries;

	private final OnRequestRenders onRequest;

	PublishedFiles(PublishedFileRepository files, DisclosureVersions versions, DisclosureQueries disclosures,
			List<PublicationRenderer> renderers, Clock clock, PublicationMetrics metrics, PortalEntries entries,
			OnRequestRenders onRequest) {
		this.files = files;
		this.versions = versions;
		this.disclosures = disclosures;
		this.renderers = renderers;
		this.clock = clock;
		this.metrics = metrics;
		this.entries = entries;
		this.onRequest = onRequest;
	}

	/** A download, stored or rendered on request. */
	public record Download(String extension, String mediaType, byte[] content, String sha256) {
	}

	/**
	 * Stores every stored download of a published version that is not stored yet and then
	 * lets the portal show the version, in one transaction of its own: a version is never
	 * shown without all its stored files, and a render that fails leaves nothing behind
	 * to retry. The version is read, masked and its template looked up once for all
	 * formats.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void render(long disclosureId, int publishedVersion) {
		MaskedVersion version = MaskedVersion.read(versions, disclosures, disclosureId, publishedVersion);
		Set<String> stored = files.findByDisclosureIdAndPublishedVersion(disclosureId, publishedVersion)
			.stream()
			.map(PublishedFile::getExtension)
			.collect(Collectors.toSet());
		for (PublicationRenderer renderer : renderers) {
			if (!renderer.stored() || stored.contains(renderer.extension())) {
				continue;
			}
			byte[] content = metrics.timeRender(renderer.extension(), () -> version.render(renderer));
			files.save(new PublishedFile(disclosureId, publishedVersion, renderer.extension(), renderer.mediaType(),
					content, Digests.sha256Hex(content), clock.instant()));
		}
		entries.show(version.published(), version.info());
	}

	/**
	 * A download of a published version: stored, or rendered on request for a version
	 * whose stored files exist (so the portal shows it); empty for anything else.
	 * @throws DownloadUnavailableException when an on-request render failed
	 */
	// Without a transaction: a render on request holds no database connection.
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<Download> find(long disclosureId, int publishedVersion, String extension) {
		// A render on request is cached only for a version without a stored file of its
		// format, so the cache answers first and saves the two lookups below.
		Optional<PublicationRenderer> onRequestFormat = renderers.stream()
			.filter(r -> !r.stored() && r.extension().equals(extension))
			.findFirst();
		Optional<Download> cached = onRequestFormat.flatMap(r -> onRequest.cached(r, disclosureId, publishedVersion));
		if (cached.isPresent()) {
			return cached;
		}
		Optional<Download> stored = files
			.findByDisclosureIdAndPublishedVersionAndExtension(disclosureId, publishedVersion, extension)
			.map(f -> new Download(f.getExtension(), f.getMediaType(), f.getContent(), f.getSha256()));
		if (stored.isPresent()) {
			return stored;
		}
		return onRequestFormat
			.filter(r -> files.existsByDisclosureIdAndPublishedVersion(disclosureId, publishedVersion))
			.map(r -> onRequest.render(r, disclosureId, publishedVersion));
	}

	/** The extensions that can be downloaded, in the renderers' order. */
	public List<String> extensions() {
		return renderers.stream().map(PublicationRenderer::extension).toList();
	}

	/** The public copy of a published version. */
	@Transactional(readOnly = true)
	public DisclosureContent masked(DisclosureContent published) {
		return Masking.mask(published);
	}

}
