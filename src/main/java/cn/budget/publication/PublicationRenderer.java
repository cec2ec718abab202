package cn.budget.publication;

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

}
