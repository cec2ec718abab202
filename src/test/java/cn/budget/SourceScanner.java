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

	record Method(String name, int lines) {
	}

	private enum Block {

		TYPE, ENUM_CONSTANTS, METHOD, OTHER

	}

	private static final Pattern TYPE_HEADER = Pattern.compile("(^|[^\\w.])(class|interface|enum|record)\\s");

	private final String code;

	private final List<Method> methods = new ArrayList<>();

	private final Deque<Block> blocks = new ArrayDeque<>();

	private final Deque<int[]> methodStarts = new ArrayDeque<>();

	private int headerStart;

	private int parens;

	private SourceScanner(String code) {
		this.code = code;
	}

	/**
	 * Every method and constructor of the types in {@code code} (blanked by
	 * {@link SourceText#blankLiteralsAndComments}), with the lines from its signature to
	 * its closing brace; methods of types inside a method's body count as part of that
	 * method.
	 */
	static List<Method> methods(String code) {
		SourceScanner scanner = new SourceScanner(code);
		for (int i = 0; i < code.length(); i++) {
			if (scanner.blocks.isEmpty() || scanner.blocks.peek() == Block.TYPE
					|| scanner.blocks.peek() == Block.ENUM_CONSTANTS) {
				scanner.declarations(i);
			}
			else {
				scanner.body(i);
			}
		}
		return scanner.methods;
	}

	/** Inside a method or initialiser: only braces matter, to find where it ends. */
	private void body(int i) {
		char c = code.charAt(i);
		if (c == '{') {
			blocks.push(SourceHeaders.anonymousClass(code, i) ? Block.TYPE : Block.OTHER);
			headerStart = i + 1;
		}
		else if (c == '}' && blocks.pop() == Block.METHOD) {
			int[] start = methodStarts.pop();
			methods.add(new Method(code.substring(start[0], start[1]),
					SourceText.line(code, i) - SourceText.line(code, start[2]) + 1));
			headerStart = i + 1;
		}
	}

	/** Among a type's declarations: a brace opens a type, a method or another block. */
	private void declarations(int i) {
		char c = code.charAt(i);
		// annotation values may hold braces: { "a", "b" } inside parentheses
		if (c == '(') {
			parens++;
		}
		else if (c == ')') {
			parens--;
		}
		else if (parens > 0) {
			return;
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
			open(i);
		}
	}

	private void open(int brace) {
		String header = code.substring(headerStart, brace);
		Block block = SourceHeaders.anonymousClass(code, brace) ? Block.TYPE : kind(header, blocks.peek());
		blocks.push(block);
		if (block == Block.METHOD) {
			methodStarts.push(SourceHeaders.signature(code, headerStart, brace));
		}
		headerStart = brace + 1;
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

}
