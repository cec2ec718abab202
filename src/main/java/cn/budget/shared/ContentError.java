package cn.budget.shared;

/**
 * What is wrong with one typed value: the property path of the field (as the form and the
 * API name it, e.g. {@code tables[2].rows[5].cells[amount].value}), a message key and its
 * arguments.
 */
public record ContentError(String path, String messageKey, Object... args) {

	public ContentError prefixed(String prefix) {
		return new ContentError(prefix + path, messageKey, args);
	}

}
