package cn.budget.exchange.demo;

/**
 * Publishes the demo disclosure imported on first start, so that the portal and
 * copy-forward have something real to show. This is the hook for the publication feature:
 * a bean of this type replaces the default ({@link LifecycleDemoPublisher}).
 */
public interface DemoPublisher {

	/** Publishes a freshly imported draft on behalf of the system. */
	void publish(long disclosureId);

}
