package cn.budget;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.budget.SourceScanner.Method;

import static org.assertj.core.api.Assertions.assertThat;

/** The scanner behind {@link SizeTests}: what it counts as a method, and its lines. */
class SourceScannerTests {

	/**
	 * A class with every shape the scanner must not mistake: braces in literals, comments
	 * and annotations, anonymous and local types, enum constant bodies, compact
	 * constructors, signatures over two lines.
	 */
	static final String SOURCE = """
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

	@Test
	void findsMethodsAndSkipsWhatIsNotCode() {
		List<Method> methods = SourceScanner.methods(SourceText.blankLiteralsAndComments(SOURCE));
		assertThat(methods).extracting(Method::name).containsExactly("A", "run", "x", "E", "R", "toString", "page");
		assertThat(methods).extracting(Method::lines).containsExactly(9, 2, 2, 2, 5, 4, 3);
	}

}
