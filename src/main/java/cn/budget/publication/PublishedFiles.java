package cn.budget.publication;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.VersionInfo;
import cn.budget.content.DisclosureContent;
import cn.budget.shared.Digests;
import cn.budget.template.TemplateDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates every download of a published version once, from a masked copy, after the
 * publication has committed ({@link PublicationRendering}); afterwards the stored bytes
 * are served unchanged.
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

	PublishedFiles(PublishedFileRepository files, DisclosureVersions versions, DisclosureQueries disclosures,
			List<PublicationRenderer> renderers, Clock clock, PublicationMetrics metrics, PortalEntries entries) {
		this.files = files;
		this.versions = versions;
		this.disclosures = disclosures;
		this.renderers = renderers;
		this.clock = clock;
		this.metrics = metrics;
		this.entries = entries;
	}

	/** A stored download. */
	public record Download(String extension, String mediaType, byte[] content, String sha256) {
	}

	/**
	 * Stores every download of a published version that is not stored yet and then lets
	 * the portal show the version, in one transaction of its own: a version is never
	 * shown without all its files, and a render that fails leaves nothing behind to
	 * retry. The version is read, masked and its template looked up once for all formats.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void render(long disclosureId, int publishedVersion) {
		VersionInfo version = versions.info(disclosureId, VersionInfo.Kind.PUBLICATION, publishedVersion).orElseThrow();
		DisclosureContent published = versions.view(disclosureId, VersionInfo.Kind.PUBLICATION, publishedVersion)
			.orElseThrow();
		DisclosureContent masked = Masking.mask(published);
		TemplateDefinition template = disclosures.templateOf(published);
		Set<String> stored = files.findByDisclosureIdAndPublishedVersion(disclosureId, publishedVersion)
			.stream()
			.map(PublishedFile::getExtension)
			.collect(Collectors.toSet());
		for (PublicationRenderer renderer : renderers) {
			if (stored.contains(renderer.extension())) {
				continue;
			}
			byte[] content = metrics.timeRender(renderer.extension(), () -> renderer.render(masked, template));
			files.save(new PublishedFile(disclosureId, publishedVersion, renderer.extension(), renderer.mediaType(),
					content, Digests.sha256Hex(content), clock.instant()));
		}
		entries.show(published, version);
	}

	@Transactional(readOnly = true)
	public Optional<Download> find(long disclosureId, int publishedVersion, String extension) {
		return files.findByDisclosureIdAndPublishedVersionAndExtension(disclosureId, publishedVersion, extension)
			.map(f -> new Download(f.getExtension(), f.getMediaType(), f.getContent(), f.getSha256()));
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
