package cn.budget.publication;

import java.time.Instant;

import cn.budget.content.DisclosureContent;
import cn.budget.template.TemplateDefinition;

/**
 * Renders a published version into one downloadable format. Renderers only ever see a
 * masked copy of the document, so no format can leak a confidential value.
 */
public interface PublicationRenderer {

	/** The file extension, e.g. {@code pdf}; also the download's suffix. */
	String extension();

	String mediaType();

	/**
	 * @param masked the published version with every confidential value replaced by the
	 * mask
	 * @param template the template the document was drafted in
	 */
	byte[] render(DisclosureContent masked, TemplateDefinition template);

	/**
	 * Renders as of the version's publication: a format that records when it was written
	 * records this time instead, so that one version always renders to the same bytes
	 * (one ETag, whether stored or rendered on request).
	 */
	default byte[] render(DisclosureContent masked, TemplateDefinition template, Instant published) {
		return render(masked, template);
	}

	/**
	 * Whether the output is stored when the version is published (the default) or, for a
	 * convenience format derived from the frozen version, rendered when someone downloads
	 * it.
	 */
	default boolean stored() {
		return true;
	}

}
