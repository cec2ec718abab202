package cn.budget.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The vocabulary imports recognise documents by, read once at start-up.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeConfiguration {

	@Bean
	Vocabulary exchangeVocabulary(ObjectMapper json) {
		return Vocabulary.load(json);
	}

}
