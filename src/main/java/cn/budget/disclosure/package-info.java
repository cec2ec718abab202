/**
 * The disclosure model and its drafting: a {@link cn.budget.disclosure.Disclosure} of one
 * department and fiscal year, built from a template, holds one section per part with its
 * text fields and tables (rows of typed cells).
 * {@link cn.budget.disclosure.DisclosureDrafting} is the public surface for reading and
 * changing it within the caller's scope.
 */
package cn.budget.disclosure;
