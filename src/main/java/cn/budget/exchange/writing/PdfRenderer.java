package cn.budget.exchange.writing;

import cn.budget.content.DisclosureContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import cn.budget.template.TemplateDefinition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a disclosure to PDF from the same HTML as the public page
 * ({@code exchange/document.html}), with a Chinese TrueType font embedded (subset) so
 * that any viewer shows the text. The font is parsed once ({@link PdfFont}); each render
 * only lays out and writes, with the tables' cell borders redrawn as few long rectangles
 * ({@link PdfBorders}).
 */
@Component
public final class PdfRenderer {

	/** The family names the document's style sheet asks for first and second. */
	static final String FONT_FAMILY = "CJK";

	static final String FALLBACK_FONT_FAMILY = "CJK-FULL";

	private final ITemplateEngine templates;

	private final ApplicationContext context;

	private final ConversionService conversions;

	private final PdfFont font;

	private final String baseUri;

	PdfRenderer(ITemplateEngine templates, ApplicationContext context, ConversionService mvcConversionService,
			PdfFont font) {
		this.templates = templates;
		this.context = context;
		this.conversions = mvcConversionService;
		this.font = font;
		this.baseUri = baseUri();
		PdfLog.install();
	}

	public byte[] render(DisclosureContent document, TemplateDefinition template, boolean masked) {
		Context model = new Context(DocumentLayout.DOCUMENT);
		model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, conversions));
		model.setVariable("doc", document);
		model.setVariable("template", template);
		model.setVariable("masked", masked);
		String html = templates.process("exchange/pdf", model);
		try (PdfFont.Lease lease = font.lease();
				PDDocument pdf = new PDDocument();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(pdf);
			lease.addTo(builder, pdf, html, FONT_FAMILY, FALLBACK_FONT_FAMILY);
			builder.withHtmlContent(html, baseUri);
			builder.toStream(out);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.createPDFWithoutClosing();
				PdfBorders.simplify(pdf);
				pdf.save(out);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// The style sheets are read from the classpath, as the web server serves them.
	private static String baseUri() {
		try {
			return new ClassPathResource("static/").getURL().toExternalForm();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
