package cn.budget.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How rounds are opened.
 *
 * @param synchronousUpTo rounds of at most this many departments open within the request
 * (201 with every disclosure, as api.md has it); larger ones answer 202 at once and open
 * in the background
 * @param threads background threads opening departments (all rounds of this node share
 * them)
 * @param queue rounds that may wait for a thread; beyond it a round stays pending until
 * retried
 * @param batch departments opened in one transaction (one commit for them all; should one
 * fail, the batch is rolled back and its departments are opened one by one)
 */
@ConfigurationProperties("app.rounds")
record RoundOpeningProperties(@DefaultValue("20") int synchronousUpTo, @DefaultValue("2") int threads,
		@DefaultValue("50") int queue, @DefaultValue("50") int batch) {
}
