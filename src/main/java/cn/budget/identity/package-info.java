/**
 * Users, departments and their sub-units, roles and the security configuration. Every other
 * feature asks {@link cn.budget.identity.Directory} who the caller is ({@link cn.budget.identity.Actor})
 * and what their scope is.
 */
package cn.budget.identity;
