/**
 * The demo disclosure: on first start a real document is imported as last year's
 * published disclosure of the demo department and published by the
 * {@link cn.budget.exchange.demo.DemoPublisher} (the hook another feature may replace).
 * Only this package depends on the entry points; nothing depends on it.
 */
package cn.budget.exchange.demo;
