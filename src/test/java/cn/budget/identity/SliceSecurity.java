package cn.budget.identity;

import cn.budget.exchange.ExchangeSliceProperties;
import cn.budget.shared.Messages;
import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The product's own security filter chains for {@code @WebMvcTest} slices of the feature
 * controllers: sign-in, CSRF and the route rules as in production. Bearer tokens are not
 * what a slice tests, so their sign-in is a stand-in. The error advice of the import
 * feature answers for every controller and reads the upload limits, hence their
 * properties.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, Messages.class, ExchangeSliceProperties.class })
public class SliceSecurity {

	@Bean
	TokenSignIn tokenSignIn() {
		return Mockito.mock(TokenSignIn.class);
	}

}
