package cn.budget.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in the county's time zone, so tests can move time
 * instead of sleeping.
 */
@Configuration
class ClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock(@Value("${app.deadlines.zone:Asia/Shanghai}") ZoneId zone) {
		return Clock.system(zone);
	}

}
