package cn.budget.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every UI string lives in the message bundles: the zh-CN and English bundles have the
 * same keys, and no template holds text of its own.
 */
class MessagesAndTemplatesTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * An element with text of its own, e.g. {@code
	 *
	<p>
	 * 保存
	 *
	</p>
	 * }.
	 */
	private static final Pattern TEXT_ELEMENT = Pattern.compile("<([a-zA-Z0-9]+)([^<>]*)>([^<>]*)</\\1>");

	@Test
	void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path zh : files.filter(f -> !f.getFileName().toString().contains("_en")).toList()) {
				Path en = zh.resolveSibling(zh.getFileName().toString().replace(".properties", "_en.properties"));
				assertThat(load(en).keySet()).as(en.toString()).containsExactlyInAnyOrderElementsOf(load(zh).keySet());
			}
		}
	}

	@Test
	void templatesHoldNoTextOfTheirOwn() throws IOException {
		List<String> offences = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file, StandardCharsets.UTF_8);
				if (html.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
					offences.add(file + ": Chinese characters");
				}
				Matcher m = TEXT_ELEMENT.matcher(html);
				while (m.find()) {
					boolean hasWords = m.group(3).codePoints().anyMatch(Character::isLetter);
					boolean replaced = m.group(2)
						.matches("(?s).*\\b(th:(text|utext|replace|insert|errors)|sec:authentication)=.*");
					if (hasWords && !replaced) {
						offences.add(file + ": " + m.group());
					}
				}
			}
		}
		assertThat(offences).isEmpty();
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
