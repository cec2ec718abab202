package cn.budget.checks;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the checks' configuration ({@code app.checks}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChecksProperties.class)
class ChecksConfiguration {

}
