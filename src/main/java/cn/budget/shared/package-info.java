/**
 * The few pieces every feature needs: the clock, web error handling and message
 * rendering.
 */
package cn.budget.shared;
