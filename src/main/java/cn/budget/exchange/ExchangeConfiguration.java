package cn.budget.exchange;

import cn.budget.exchange.reading.UploadReader;
import cn.budget.exchange.recognising.Vocabulary;
import cn.budget.exchange.writing.PdfFont;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The vocabulary imports recognise documents by, read once at start-up, and the parts
 * that take their settings from {@link ExchangeProperties} (so that the reading and
 * writing packages do not depend on this one).
 */
@Configuration(proxyBeanMethods = false)
class ExchangeConfiguration {

	@Bean
	Vocabulary exchangeVocabulary(ObjectMapper json) {
		return Vocabulary.load(json);
	}

	@Bean
	UploadReader uploadReader(ExchangeProperties properties) {
		return new UploadReader(properties.maxFileSize(), properties.maxEntrySize(), properties.minInflateRatio());
	}

	@Bean
	PdfFont pdfFont(ExchangeProperties properties) {
		return new PdfFont(properties.pdfFont());
	}

}
