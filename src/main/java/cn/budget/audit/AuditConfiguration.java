package cn.budget.audit;

import java.time.Clock;

import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The audit chain's keys (loaded once at start-up: a missing key stops the start, not the
 * first save) and the schedule of the daily anchor.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

	@Bean
	AuditSeals auditSeals(AuditProperties properties, Clock clock) {
		AuditSeals seals = new AuditSeals(AuditKeySource.load(properties, clock));
		// The id only, never the key: operators check a rotation reached every node.
		LoggerFactory.getLogger(AuditConfiguration.class)
			.info("Audit events are sealed with key '{}'", seals.currentKeyId());
		return seals;
	}

}
