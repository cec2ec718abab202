package cn.budget.exchange;

import cn.budget.content.DisclosureContent;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.template.TemplateDefinition;
import cn.budget.exchange.writing.DocumentLayout;
import cn.budget.exchange.writing.DocxWriter;
import cn.budget.exchange.writing.PdfRenderer;
import cn.budget.exchange.writing.XlsxWriter;
import cn.budget.identity.Actor;
import cn.budget.shared.Messages;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;

/**
 * Exports a disclosure as the documents people publish and exchange: Word (DOCX), Excel
 * (XLSX, a sheet per table with amounts as numbers) and PDF (from the same HTML as the
 * public page, with an embedded Chinese font). Staff get the current version with
 * confidential values in clear (marked); the public portal passes a published version
 * with confidential values masked.
 */
@Service
public class DisclosureExports {

	/** The formats a disclosure exports to. */
	public enum Format {

		DOCX("docx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
		XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
		PDF("pdf", MediaType.APPLICATION_PDF);

		private final String extension;

		private final MediaType mediaType;

		Format(String extension, MediaType mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		public MediaType mediaType() {
			return mediaType;
		}

		public String extension() {
			return extension;
		}

		/** The format of a file extension, or null. */
		public static Format of(String extension) {
			for (Format format : values()) {
				if (format.extension.equalsIgnoreCase(extension)) {
					return format;
				}
			}
			return null;
		}

	}

	private final DisclosureQueries queries;

	private final DocumentLayout layout;

	private final PdfRenderer pdf;

	private final Messages messages;

	private final ExchangeMetrics metrics;

	DisclosureExports(DisclosureQueries queries, DocumentLayout layout, PdfRenderer pdf, Messages messages,
			ExchangeMetrics metrics) {
		this.queries = queries;
		this.layout = layout;
		this.pdf = pdf;
		this.messages = messages;
		this.metrics = metrics;
	}

	/**
	 * The current version of a disclosure within the actor's scope, confidential values
	 * in clear.
	 * @throws cn.budget.disclosure.DisclosureNotFoundException when it is outside the
	 * actor's scope
	 */
	public Export export(Actor actor, long id, Format format) {
		DisclosureContent document = queries.content(actor, id);
		TemplateDefinition template = queries.templateOf(document);
		// Timed here, not below: publication times the portal's files itself.
		return metrics.timeRender(format, () -> export(document, template, format, false));
	}

	/**
	 * Any given version of a disclosure, e.g. a published one for the portal.
	 * @param masked whether confidential values are shown as {@code ****}
	 */
	public Export export(DisclosureContent document, TemplateDefinition template, Format format, boolean masked) {
		byte[] content = switch (format) {
			case DOCX -> DocxWriter.write(layout.render(document, template, masked));
			case XLSX -> XlsxWriter.write(layout.render(document, template, masked),
					messages.get(DocumentLayout.DOCUMENT, "document.text"));
			case PDF -> pdf.render(document, template, masked);
		};
		return new Export(document.title() + "." + format.extension, format.mediaType, content);
	}

}
