/**
 * Document templates held as data: a template is an ordered list of part definitions,
 * each holding text fields and table definitions with their columns, header fields and
 * fixed rows. New provinces add a JSON file under {@code disclosure-templates/}, never a
 * code branch.
 */
package cn.budget.disclosure.template;
