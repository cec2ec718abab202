package cn.budget.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A further way of signing in to the pages, added to the page chain when configured
 * (single sign-on), so that the chain itself stays as it is when it is off.
 */
interface PageSignIn {

	void applyTo(HttpSecurity http) throws Exception;

}
