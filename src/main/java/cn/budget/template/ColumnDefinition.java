package cn.budget.template;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A table column, a table header field or a part's text field.
 *
 * @param key the stable key, unique within its table or part
 * @param type what the value holds
 * @param label the heading or label
 * @param group the spanning heading above several columns (e.g. 评价标准 over 优/良/中/差), may
 * be null
 * @param suggestions values offered while typing, never enforced
 * @param pattern a regular expression the value must match, may be null
 * @param patternMessage the message key shown when the pattern does not match
 * @param required whether a data row needs a value here
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record ColumnDefinition(String key, ValueType type, LocalizedText label, LocalizedText group,
		List<String> suggestions, String pattern, String patternMessage, boolean required) {

	public ColumnDefinition {
		suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
	}

}
