package cn.budget.exchange;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * The upload limits for web slices: the import feature's error advice answers for every
 * controller and reads them.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExchangeProperties.class)
public class ExchangeSliceProperties {

}
