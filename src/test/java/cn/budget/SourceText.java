package cn.budget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Java files of a source tree, and their text with comments and literals blanked out,
 * so that {@link SourceScanner} can match braces without reading strings as code.
 */
final class SourceText {

	private SourceText() {
	}

	static List<Path> javaFiles(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
		}
	}

	/** {@code cn.budget.SizeTests} for {@code <root>/cn/budget/SizeTests.java}. */
	static String className(Path root, Path file) {
		String relative = root.relativize(file).toString().replace('\\', '/');
		return relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
	}

	/**
	 * The source with every comment, string, text block and character literal replaced by
	 * spaces, line breaks kept so that line numbers stay.
	 */
	static String blankLiteralsAndComments(String source) {
		StringBuilder code = new StringBuilder(source);
		int i = 0;
		while (i < source.length()) {
			int end = endOfLiteralOrComment(source, i);
			if (end == i) {
				i++;
				continue;
			}
			for (int j = i; j < end; j++) {
				if (code.charAt(j) != '\n') {
					code.setCharAt(j, ' ');
				}
			}
			i = end;
		}
		return code.toString();
	}

	/** Where the comment or literal starting at {@code i} ends, or {@code i} for code. */
	private static int endOfLiteralOrComment(String source, int i) {
		if (source.startsWith("//", i)) {
			int end = source.indexOf('\n', i);
			return end < 0 ? source.length() : end;
		}
		if (source.startsWith("/*", i)) {
			return source.indexOf("*/", i + 2) + 2;
		}
		if (source.startsWith("\"\"\"", i)) {
			return closing(source, i + 3, "\"\"\"");
		}
		if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
			return closing(source, i + 1, String.valueOf(source.charAt(i)));
		}
		return i;
	}

	private static int closing(String source, int from, String quote) {
		int i = from;
		while (!source.startsWith(quote, i)) {
			i += source.charAt(i) == '\\' ? 2 : 1;
		}
		return i + quote.length();
	}

	static int line(String code, int index) {
		int line = 1;
		for (int i = 0; i < index; i++) {
			if (code.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
