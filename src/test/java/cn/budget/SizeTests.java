package cn.budget;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: no class over 200 lines, no method over 30. A class is a top-level source
 * file; {@link SourceScanner} says what a method is and how its lines count. The class
 * and the method rule hold for the tests too, as the issue asks them of the whole code: a
 * test that tells a whole journey calls a step method per stage of it.
 */
class SizeTests {

	static final Path SOURCES = Path.of("src/main/java");

	static final Path TEST_SOURCES = Path.of("src/test/java");

	static final int MAX_CLASS_LINES = 200;

	static final int MAX_METHOD_LINES = 30;

	@Test
	void noClassIsOver200Lines() throws IOException {
		assertThat(classesOver200Lines(SOURCES)).as("classes over %d lines", MAX_CLASS_LINES).isEmpty();
	}

	@Test
	void noTestClassIsOver200Lines() throws IOException {
		assertThat(classesOver200Lines(TEST_SOURCES)).as("test classes over %d lines", MAX_CLASS_LINES).isEmpty();
	}

	@Test
	void noMethodIsOver30Lines() throws IOException {
		assertThat(methodsOver30Lines(SOURCES)).as("methods over %d lines", MAX_METHOD_LINES).isEmpty();
	}

	@Test
	void noTestMethodIsOver30Lines() throws IOException {
		assertThat(methodsOver30Lines(TEST_SOURCES)).as("test methods over %d lines", MAX_METHOD_LINES).isEmpty();
	}

	private static List<String> methodsOver30Lines(Path root) throws IOException {
		List<String> tooLong = new ArrayList<>();
		for (Path file : SourceText.javaFiles(root)) {
			String source = Files.readString(file, StandardCharsets.UTF_8);
			for (SourceScanner.Method method : SourceScanner.methods(SourceText.blankLiteralsAndComments(source))) {
				if (method.lines() > MAX_METHOD_LINES) {
					tooLong.add(SourceText.className(root, file) + "." + method.name() + " " + method.lines());
				}
			}
		}
		return tooLong;
	}

	private static List<String> classesOver200Lines(Path root) throws IOException {
		List<String> tooLong = new ArrayList<>();
		for (Path file : SourceText.javaFiles(root)) {
			int lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
			if (lines > MAX_CLASS_LINES) {
				tooLong.add(SourceText.className(root, file) + " " + lines);
			}
		}
		return tooLong;
	}

}
