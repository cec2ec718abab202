package cn.budget.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The MAC keys of the audit chain by key id, and which one seals new events. Old keys
 * stay so that events sealed before a rotation keep verifying.
 */
final class AuditKeys {

	/** The key id of events hashed before keyed MACs existed (plain SHA-256, no key). */
	static final String LEGACY = "legacy-sha256";

	private static final String ALGORITHM = "HmacSHA256";

	private final Map<String, SecretKeySpec> keys = new TreeMap<>();

	private final String current;

	AuditKeys(Map<String, String> base64Keys, String current) {
		base64Keys.forEach((id, value) -> {
			if (LEGACY.equals(id)) {
				throw new IllegalStateException("The audit key id '" + LEGACY + "' is reserved");
			}
			byte[] key = Base64.getDecoder().decode(value.trim());
			if (key.length < 32) {
				throw new IllegalStateException("The audit key '" + id + "' must be at least 32 bytes (base64)");
			}
			keys.put(id, new SecretKeySpec(key, ALGORITHM));
		});
		if (current == null || !keys.containsKey(current)) {
			throw new IllegalStateException(
					"The current audit key '" + current + "' is not among the keys " + keys.keySet());
		}
		this.current = current;
	}

	String currentId() {
		return current;
	}

	boolean knows(String keyId) {
		return keys.containsKey(keyId);
	}

	/** HMAC-SHA256 of the text with the named key, as 64 hex digits. */
	String mac(String keyId, String text) {
		SecretKeySpec key = keys.get(keyId);
		if (key == null) {
			throw new IllegalArgumentException("Unknown audit key " + keyId);
		}
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
