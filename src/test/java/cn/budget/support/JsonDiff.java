package cn.budget.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where two JSON documents differ, as JSON pointers: an assertion on a whole disclosure
 * then names the few values that differ instead of printing both documents.
 */
public final class JsonDiff {

	private JsonDiff() {
	}

	/**
	 * The pointers at which the documents differ, ignoring the members named (at any
	 * depth).
	 */
	public static List<String> between(JsonNode expected, JsonNode actual, String... ignored) {
		List<String> differences = new ArrayList<>();
		compare("", expected, actual, Set.of(ignored), differences);
		return differences;
	}

	private static void compare(String at, JsonNode expected, JsonNode actual, Set<String> ignored, List<String> out) {
		if (expected == null || actual == null || expected.getNodeType() != actual.getNodeType()) {
			out.add(at + ": " + expected + " ≠ " + actual);
		}
		else if (expected.isObject()) {
			Set<String> names = new TreeSet<>();
			expected.fieldNames().forEachRemaining(names::add);
			actual.fieldNames().forEachRemaining(names::add);
			names.stream()
				.filter(name -> !ignored.contains(name))
				.forEach(name -> compare(at + "/" + name, expected.get(name), actual.get(name), ignored, out));
		}
		else if (expected.isArray()) {
			if (expected.size() != actual.size()) {
				out.add(at + ": " + expected.size() + " items ≠ " + actual.size());
				return;
			}
			Iterator<JsonNode> left = expected.elements();
			Iterator<JsonNode> right = actual.elements();
			for (int i = 0; left.hasNext(); i++) {
				compare(at + "/" + i, left.next(), right.next(), ignored, out);
			}
		}
		else if (expected.isNumber() ? expected.decimalValue().compareTo(actual.decimalValue()) != 0
				: !expected.equals(actual)) {
			out.add(at + ": " + expected + " ≠ " + actual);
		}
	}

}
