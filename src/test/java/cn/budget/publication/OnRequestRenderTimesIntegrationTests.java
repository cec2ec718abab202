package cn.budget.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.budget.IntegrationTest;
import cn.budget.content.DisclosureContent;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.VersionInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Word and Excel rendered on request carry the version's publication time, not the
 * clock's: every zip entry and the document's creation time, so two renders of a version
 * are the same bytes whenever they run (the cache would hide a difference from the
 * download test). Rendered through the portal's own renderers, from a real publication.
 */
@IntegrationTest
class OnRequestRenderTimesIntegrationTests extends PublicationFixture {

	private static final Instant PUBLISHED = Instant.parse("2020-01-02T03:04:06Z");

	@Autowired
	List<PublicationRenderer> renderers;

	@Autowired
	DisclosureVersions versions;

	@Autowired
	DisclosureQueries disclosures;

	@Test
	void wordAndExcelRenderedOnRequestCarryThePublicationTimeOnly() throws IOException {
		long id = publishedWithSecret();
		DisclosureContent masked = Masking.mask(versions.view(id, VersionInfo.Kind.PUBLICATION, 1).orElseThrow());
		List<PublicationRenderer> onRequest = renderers.stream().filter(r -> !r.stored()).toList();
		assertThat(onRequest).extracting(PublicationRenderer::extension).containsExactlyInAnyOrder("docx", "xlsx");
		for (PublicationRenderer renderer : onRequest) {
			byte[] first = renderer.render(masked, disclosures.templateOf(masked), PUBLISHED);
			assertThat(renderer.render(masked, disclosures.templateOf(masked), PUBLISHED)).isEqualTo(first);
			assertOnlyThePublicationTime(first);
		}
	}

	private static void assertOnlyThePublicationTime(byte[] ooxml) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ooxml))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(LocalDateTime.of(2020, 1, 2, 3, 4, 6));
				if (entry.getName().equals("docProps/core.xml")) {
					assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8))
						.contains(">2020-01-02T03:04:06Z</dcterms:created>");
				}
			}
		}
	}

}
