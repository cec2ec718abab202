package cn.budget.publication;

import cn.budget.content.DisclosureContent;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.VersionInfo;
import cn.budget.template.TemplateDefinition;

/**
 * A published version as its files are rendered from it, stored or on request: its
 * record, the frozen content, the public (masked) copy and the template, read once for
 * every format.
 */
record MaskedVersion(VersionInfo info, DisclosureContent published, DisclosureContent masked,
		TemplateDefinition template) {

	static MaskedVersion read(DisclosureVersions versions, DisclosureQueries disclosures, long disclosureId,
			int publishedVersion) {
		VersionInfo info = versions.info(disclosureId, VersionInfo.Kind.PUBLICATION, publishedVersion).orElseThrow();
		DisclosureContent published = versions.view(disclosureId, VersionInfo.Kind.PUBLICATION, publishedVersion)
			.orElseThrow();
		return new MaskedVersion(info, published, Masking.mask(published), disclosures.templateOf(published));
	}

	/**
	 * The format's bytes as of the publication time, so the same version gives the same
	 * bytes.
	 */
	byte[] render(PublicationRenderer renderer) {
		return renderer.render(masked, template, info.frozenAt());
	}

}
