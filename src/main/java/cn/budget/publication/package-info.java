/**
 * Publication: the public portal (no login) shows published versions only, with
 * confidential values masked.
 */
package cn.budget.publication;
