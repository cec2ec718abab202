package cn.budget.exchange.demo;

import cn.budget.disclosure.DisclosureLifecycle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default {@link DemoPublisher}: moves the demo draft along its route (submission,
 * sign-off, approval, publication) directly, without a review process, since demo data
 * was never reviewed.
 */
@Configuration(proxyBeanMethods = false)
class LifecycleDemoPublisher {

	static final String SYSTEM = "system";

	@Bean
	@ConditionalOnMissingBean(DemoPublisher.class)
	DemoPublisher demoPublisher(DisclosureLifecycle lifecycle) {
		return id -> {
			lifecycle.submit(id, SYSTEM, null);
			lifecycle.signOff(id, SYSTEM);
			lifecycle.approve(id, SYSTEM);
			lifecycle.publish(id, SYSTEM, null);
		};
	}

}
