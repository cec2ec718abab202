package cn.budget.checks;

/**
 * How serious a finding is. An ERROR is a figure or statement that is wrong as published
 * and must be corrected or explained; a WARNING is something a reviewer would question;
 * INFO is a remark, such as a difference within rounding.
 */
public enum Severity {

	ERROR, WARNING, INFO

}
