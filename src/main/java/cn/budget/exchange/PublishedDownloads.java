package cn.budget.exchange;

import cn.budget.content.DisclosureContent;
import cn.budget.template.TemplateDefinition;
import cn.budget.publication.PublicationRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's Word, Excel and PDF downloads of a published version: the exports of this
 * feature, given the masked copy publication hands its renderers.
 */
@Configuration(proxyBeanMethods = false)
class PublishedDownloads {

	@Bean
	PublicationRenderer docxDownload(DisclosureExports exports) {
		return new ExportRenderer(exports, DisclosureExports.Format.DOCX);
	}

	@Bean
	PublicationRenderer xlsxDownload(DisclosureExports exports) {
		return new ExportRenderer(exports, DisclosureExports.Format.XLSX);
	}

	@Bean
	PublicationRenderer pdfDownload(DisclosureExports exports) {
		return new ExportRenderer(exports, DisclosureExports.Format.PDF);
	}

	/** One export format as a publication renderer. */
	private record ExportRenderer(DisclosureExports exports,
			DisclosureExports.Format format) implements PublicationRenderer {

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

	}

}
