package cn.budget.checks;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One thing a check found. The message is a key of the {@code checks} bundle with its
 * arguments (labels and message codes among them are rendered in the reader's language);
 * expected and actual are the two figures or statements compared, amounts formatted with
 * their unit.
 *
 * @param rule the rule's id, e.g. {@code sum.three-public}
 * @param severity how serious the finding is
 * @param blocking whether it prevents submission
 * @param location where it is
 * @param messageKey the message key
 * @param args the message arguments, may contain nulls
 * @param expected what the rule expected, may be null
 * @param actual what the document says, may be null
 */
public record Finding(String rule, Severity severity, boolean blocking, Location location, String messageKey,
		List<Object> args, String expected, String actual) {

	public Finding {
		args = args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args.toArray()));
	}

	/** The part the finding belongs to. */
	public String part() {
		return location.part();
	}

	/**
	 * A key that stays the same while the finding does (rule and place), so that a
	 * drafter's explanation can be stored against it and shown beside it later.
	 */
	public String key() {
		String anchor = location.anchor();
		return rule + "@" + location.part() + (anchor == null ? "" : "/" + anchor);
	}

	/** The message arguments as an array, for a message source. */
	public Object[] argsArray() {
		return args.toArray();
	}

}
