package cn.budget.shared;

/**
 * A message argument that is itself a message key, e.g. the label of a state.
 */
public record MessageCode(String key) {
}
