package cn.budget;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: no class over 200 lines, no method over 30. A class is a top-level source
 * file; a method or constructor counts from its signature line (after its annotations) to
 * its closing brace. The scanner matches braces in source with its comments, strings,
 * text blocks and character literals blanked out, which is all this needs.
 */
class SizeTests {

	static final Path SOURCES = Path.of("src/main/java");

	static final int MAX_CLASS_LINES = 200;

	static final int MAX_METHOD_LINES = 30;

	@Test
	void noClassIsOver200Lines() throws IOException {
		List<String> tooLong = new ArrayList<>();
		for (Path file : sourceFiles()) {
			int lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
			if (lines > MAX_CLASS_LINES) {
				tooLong.add(name(file) + " " + lines);
			}
		}
		assertThat(tooLong).as("classes over %d lines", MAX_CLASS_LINES).isEmpty();
	}

	@Test
	void noMethodIsOver30Lines() throws IOException {
		List<String> tooLong = new ArrayList<>();
		for (Path file : sourceFiles()) {
			String source = Files.readString(file, StandardCharsets.UTF_8);
			for (Method method : methods(blankLiteralsAndComments(source))) {
				if (method.lines() > MAX_METHOD_LINES) {
					tooLong.add(name(file) + "." + method.name() + " " + method.lines());
				}
			}
		}
		assertThat(tooLong).as("methods over %d lines", MAX_METHOD_LINES).isEmpty();
	}

	@Test
	void theScannerFindsMethodsAndSkipsWhatIsNotCode() {
		String source = """
				@Entity
				class A {
					static final String[] WORDS = { "}", "{" };
					@Foo({ "x", "y" })
					A(int a) {
						// }
						/* { */
						char c = '}';
						String s = "{\\"}";
						String t = \"""
							}
							\""";
					}
					Runnable r = new Runnable() {
						public void run() {
						}
					};
					enum E {
						ONE(1) {
							void x() {
							}
						};
						E(int i) {
						}
					}
					record R(int x) {
						R {
							if (x < 0) {
								throw new IllegalArgumentException();
							}
						}
					}
					@Override
					public String toString()
							throws IllegalStateException {
						return "";
					}
					String page(@RequestParam(required = false) String q) {
						return q;
					}
				}
				""";
		List<Method> methods = methods(blankLiteralsAndComments(source));
		assertThat(methods).extracting(Method::name).containsExactly("A", "run", "x", "E", "R", "toString", "page");
		assertThat(methods).extracting(Method::lines).containsExactly(9, 2, 2, 2, 5, 4, 3);
	}

	private static List<Path> sourceFiles() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
		}
	}

	private static String name(Path file) {
		String relative = SOURCES.relativize(file).toString().replace('\\', '/');
		return relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
	}

	record Method(String name, int lines) {
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

	private enum Block {

		TYPE, ENUM_CONSTANTS, METHOD, OTHER

	}

	private static final Pattern TYPE_HEADER = Pattern.compile("(^|[^\\w.])(class|interface|enum|record)\\s");

	private static final Pattern ANNOTATION = Pattern.compile("@\\s*[\\w.]+\\s*");

	/**
	 * Every method and constructor of the types in {@code code} (blanked by
	 * {@link #blankLiteralsAndComments}), with the lines from its signature to its
	 * closing brace; methods of types inside a method's body count as part of that
	 * method.
	 */
	static List<Method> methods(String code) {
		List<Method> methods = new ArrayList<>();
		Deque<Block> blocks = new ArrayDeque<>();
		Deque<int[]> methodStarts = new ArrayDeque<>();
		int headerStart = 0;
		int parens = 0;
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			boolean declarations = blocks.isEmpty() || blocks.peek() == Block.TYPE
					|| blocks.peek() == Block.ENUM_CONSTANTS;
			if (!declarations) {
				if (c == '{') {
					blocks.push(anonymousClass(code, i) ? Block.TYPE : Block.OTHER);
					headerStart = i + 1;
				}
				else if (c == '}' && blocks.pop() == Block.METHOD) {
					int[] start = methodStarts.pop();
					methods
						.add(new Method(code.substring(start[0], start[1]), line(code, i) - line(code, start[2]) + 1));
					headerStart = i + 1;
				}
				continue;
			}
			// annotation values may hold braces: { "a", "b" } inside parentheses
			if (c == '(') {
				parens++;
			}
			else if (c == ')') {
				parens--;
			}
			else if (parens > 0) {
				continue;
			}
			else if (c == ';') {
				if (blocks.peek() == Block.ENUM_CONSTANTS) {
					blocks.pop();
					blocks.push(Block.TYPE);
				}
				headerStart = i + 1;
			}
			else if (c == ',' && blocks.peek() == Block.ENUM_CONSTANTS) {
				headerStart = i + 1;
			}
			else if (c == '}') {
				blocks.pop();
				headerStart = i + 1;
			}
			else if (c == '{') {
				String header = code.substring(headerStart, i);
				Block block = anonymousClass(code, i) ? Block.TYPE : kind(header, blocks.peek());
				blocks.push(block);
				if (block == Block.METHOD) {
					methodStarts.push(signature(code, headerStart, i));
				}
				headerStart = i + 1;
			}
		}
		return methods;
	}

	private static Block kind(String header, Block enclosing) {
		Matcher type = TYPE_HEADER.matcher(" " + header);
		if (type.find()) {
			return type.group(2).equals("enum") ? Block.ENUM_CONSTANTS : Block.TYPE;
		}
		if (enclosing == Block.ENUM_CONSTANTS) {
			return Block.TYPE;
		}
		String words = header.strip();
		if (words.isEmpty() || words.equals("static") || assigns(header)) {
			return Block.OTHER;
		}
		return Block.METHOD;
	}

	/** A field's initialiser; an annotation's {@code name = value} is in parentheses. */
	private static boolean assigns(String header) {
		int depth = 0;
		for (char c : header.toCharArray()) {
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == '=' && depth == 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The method's name, and where its signature starts once its annotations are skipped.
	 */
	private static int[] signature(String code, int headerStart, int brace) {
		int start = headerStart;
		while (true) {
			while (Character.isWhitespace(code.charAt(start))) {
				start++;
			}
			Matcher annotation = ANNOTATION.matcher(code).region(start, brace);
			if (!annotation.lookingAt() || code.startsWith("@interface", start)) {
				break;
			}
			start = annotation.end();
			if (code.charAt(start) == '(') {
				start = closingParenthesis(code, start) + 1;
			}
		}
		int open = code.indexOf('(', start);
		int nameEnd = open < 0 || open > brace ? brace : open;
		String beforeName = code.substring(start, nameEnd).stripTrailing();
		int nameStart = beforeName.length();
		while (nameStart > 0 && Character.isJavaIdentifierPart(beforeName.charAt(nameStart - 1))) {
			nameStart--;
		}
		return new int[] { start + nameStart, start + beforeName.length(), start };
	}

	private static final Pattern NEW_TYPE = Pattern.compile("\\bnew\\s+[\\w.<>\\[\\], ?]+\\s*$");

	/** Whether the brace at {@code brace} opens the body of {@code new Type(..) { }}. */
	private static boolean anonymousClass(String code, int brace) {
		int close = brace - 1;
		while (close >= 0 && Character.isWhitespace(code.charAt(close))) {
			close--;
		}
		if (close < 0 || code.charAt(close) != ')') {
			return false;
		}
		int depth = 0;
		for (int i = close; i >= 0; i--) {
			if (code.charAt(i) == ')') {
				depth++;
			}
			else if (code.charAt(i) == '(' && --depth == 0) {
				return NEW_TYPE.matcher(code.substring(Math.max(0, i - 200), i)).find();
			}
		}
		return false;
	}

	private static int closingParenthesis(String code, int open) {
		int depth = 0;
		for (int i = open;; i++) {
			if (code.charAt(i) == '(') {
				depth++;
			}
			else if (code.charAt(i) == ')' && --depth == 0) {
				return i;
			}
		}
	}

	private static int line(String code, int index) {
		int line = 1;
		for (int i = 0; i < index; i++) {
			if (code.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
