package cn.budget.publication;

import java.nio.charset.StandardCharsets;

/**
 * The text of a published download, to search for values that must not be there.
 */
final class PublishedText {

	private PublishedText() {
	}

	static String of(String extension, byte[] content) {
		return new String(content, StandardCharsets.UTF_8);
	}

}
