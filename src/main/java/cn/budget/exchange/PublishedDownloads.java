package cn.budget.exchange;

import java.time.Instant;

import cn.budget.content.DisclosureContent;
import cn.budget.template.TemplateDefinition;
import cn.budget.publication.PublicationRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's Word, Excel and PDF downloads of a published version: the exports of this
 * feature, given the masked copy publication hands its renderers. The PDF, the official
 * published document, is stored at publication; Word and Excel are convenience formats,
 * rendered when downloaded (docs/decisions.md), with the version's publication time in
 * place of the clock so that one version is one file.
 */
@Configuration(proxyBeanMethods = false)
class PublishedDownloads {

	@Bean
	PublicationRenderer docxDownload(DisclosureExports exports) {
		return new ExportRenderer(exports, DisclosureExports.Format.DOCX, false);
	}

	@Bean
	PublicationRenderer xlsxDownload(DisclosureExports exports) {
		return new ExportRenderer(exports, DisclosureExports.Format.XLSX, false);
	}

	@Bean
	PublicationRenderer pdfDownload(DisclosureExports exports) {
		return new ExportRenderer(exports, DisclosureExports.Format.PDF, true);
	}

	/** One export format as a publication renderer. */
	private record ExportRenderer(DisclosureExports exports, DisclosureExports.Format format,
			boolean stored) implements PublicationRenderer {

		@Override
		public String extension() {
			return format.extension();
		}

		@Override
		public String mediaType() {
			return format.mediaType().toString();
		}

		@Override
		public byte[] render(DisclosureContent masked, TemplateDefinition template) {
			return exports.export(masked, template, format, true).content();
		}

		@Override
		public byte[] render(DisclosureContent masked, TemplateDefinition template, Instant published) {
			byte[] content = render(masked, template);
			return format == DisclosureExports.Format.PDF ? content : OoxmlTimes.at(content, published);
		}

	}

}
