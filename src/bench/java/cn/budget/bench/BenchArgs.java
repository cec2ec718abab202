package cn.budget.bench;

import java.util.HashMap;
import java.util.Map;

/** Command-line options of the form {@code --name=value}; anything else is refused with the usage. */
final class BenchArgs {

	private final Map<String, String> values = new HashMap<>();

	BenchArgs(String[] args, String usage) {
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("Unknown argument " + arg + "\nUsage: " + usage);
			}
			values.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
	}

	String text(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	int number(String name, int fallback) {
		return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
	}

	boolean has(String name) {
		return values.containsKey(name);
	}

}
