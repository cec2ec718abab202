package cn.budget.publication;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import cn.budget.disclosure.DisclosurePublished;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.VersionKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates every download of a published version once, in the publication's transaction, from
 * a masked copy; afterwards the stored bytes are served unchanged.
 */
@Service
@Transactional
public class PublishedFiles {

	private final PublishedFileRepository files;

	private final DisclosureVersions versions;

	private final DisclosureQueries disclosures;

	private final List<PublicationRenderer> renderers;

	private final ObjectMapper json;

	private final Clock clock;

	private final PublicationMetrics metrics;

	PublishedFiles(PublishedFileRepository files, DisclosureVersions versions, DisclosureQueries disclosures,
			List<PublicationRenderer> renderers, ObjectMapper json, Clock clock, PublicationMetrics metrics) {
		this.files = files;
		this.versions = versions;
		this.disclosures = disclosures;
		this.renderers = renderers;
		this.json = json;
		this.clock = clock;
		this.metrics = metrics;
	}

	/** A stored download. */
	public record Download(String extension, String mediaType, byte[] content, String sha256) {
	}

	@EventListener
	void on(DisclosurePublished event) {
		DisclosureDocument published = versions
			.content(event.disclosureId(), VersionKind.PUBLICATION, event.publishedVersion())
			.orElseThrow();
		DisclosureDocument masked = Masking.mask(published, json);
		for (PublicationRenderer renderer : renderers) {
			byte[] content = metrics.timeRender(renderer.extension(),
					() -> renderer.render(masked, disclosures.templateOf(published)));
			files.save(new PublishedFile(event.disclosureId(), event.publishedVersion(), renderer.extension(),
					renderer.mediaType(), content, sha256(content), clock.instant()));
		}
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
	public DisclosureDocument masked(DisclosureDocument published) {
		return Masking.mask(published, json);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
