package cn.budget.checks;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import cn.budget.content.ContentAddress;
import cn.budget.shared.Localizable;

/**
 * One thing a check found. The message is a key of the {@code checks} bundle with its
 * arguments (labels and message codes among them are rendered in the reader's language);
 * expected and actual are the two figures or statements compared, amounts formatted with
 * their unit.
 *
 * @param rule the rule's id, e.g. {@code sum.three-public}
 * @param severity how serious the finding is
 * @param blocking whether it prevents submission
 * @param address where it is: tables and rows by position in the part's table list and
 * the table's row list, the order the editor renders them in; its text form is what the
 * API and the pages show
 * @param label what a reader calls that place (part, table, row, column), in the reader's
 * language
 * @param messageKey the message key
 * @param args the message arguments, may contain nulls
 * @param expected what the rule expected, may be null
 * @param actual what the document says, may be null
 */
public record Finding(String rule, Severity severity, boolean blocking, ContentAddress address, Localizable label,
		String messageKey, List<Object> args, String expected, String actual) {

	public Finding {
		args = args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args.toArray()));
	}

	/** The part the finding belongs to. */
	public String part() {
		return address.part();
	}

	/**
	 * The id of the editor's element for the place ({@code f-key}, {@code table-0},
	 * {@code h-0-key}, {@code c-0-3-key}), or null for a whole part.
	 */
	public String anchor() {
		return address.elementId();
	}

	/**
	 * A key that stays the same while the finding does (rule and place), so that a
	 * drafter's explanation can be stored against it and shown beside it later.
	 */
	public String key() {
		String anchor = anchor();
		return rule + "@" + part() + (anchor == null ? "" : "/" + anchor);
	}

	/** The message arguments as an array, for a message source. */
	public Object[] argsArray() {
		return args.toArray();
	}

}
