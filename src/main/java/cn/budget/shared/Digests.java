package cn.budget.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as lower-case hex, the one form the product stores digests in: token and link
 * hashes, the audit chain's legacy hash and anchors, published files, version bodies.
 */
public final class Digests {

	private Digests() {
	}

	/** The SHA-256 of the text's UTF-8 bytes. */
	public static String sha256Hex(String text) {
		return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
	}

	public static String sha256Hex(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			// Every Java platform must provide SHA-256 (MessageDigest's contract).
			throw new IllegalStateException(ex);
		}
	}

}
