package cn.budget.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in protection (README, "Accounts and passwords"): after {@code delayAfter}
 * failures within {@code window} each further attempt must wait (from {@code firstDelay},
 * doubling up to {@code maxDelay}); after {@code lockAfter} the account is locked for
 * {@code lockDuration}. A client address has higher thresholds, since a whole office may
 * sign in through one address.
 */
@ConfigurationProperties("app.sign-in")
record SignInProperties(@DefaultValue("5") int delayAfter, @DefaultValue("10") int lockAfter,
		@DefaultValue("20") int addressDelayAfter, @DefaultValue("50") int addressLockAfter,
		@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("1s") Duration firstDelay, @DefaultValue("1m") Duration maxDelay) {

	SignInCounter.Limits limitsFor(SignInCounter.Kind kind) {
		return kind == SignInCounter.Kind.USER
				? new SignInCounter.Limits(delayAfter, lockAfter, window, lockDuration, firstDelay, maxDelay)
				: new SignInCounter.Limits(addressDelayAfter, addressLockAfter, window, lockDuration, firstDelay,
						maxDelay);
	}

}
