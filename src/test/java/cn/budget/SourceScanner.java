package cn.budget;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the methods and constructors of Java source for {@link SizeTests}. A method
 * counts from its signature line (after its annotations) to its closing brace. It matches
 * braces in source whose comments and literals {@link SourceText} has blanked out, which
 * is all this needs: no parser, so the rule costs nothing to run.
 */
final class SourceScanner {

	private SourceScanner() {
	}

	record Method(String name, int lines) {
	}

	private enum Block {

		TYPE, ENUM_CONSTANTS, METHOD, OTHER

	}

	private static final Pattern TYPE_HEADER = Pattern.compile("(^|[^\\w.])(class|interface|enum|record)\\s");

	private static final Pattern ANNOTATION = Pattern.compile("@\\s*[\\w.]+\\s*");

	/**
	 * Every method and constructor of the types in {@code code} (blanked by
	 * {@link SourceText#blankLiteralsAndComments}), with the lines from its signature to
	 * its closing brace; methods of types inside a method's body count as part of that
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
					methods.add(new Method(code.substring(start[0], start[1]),
							SourceText.line(code, i) - SourceText.line(code, start[2]) + 1));
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

}
