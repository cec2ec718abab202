package cn.budget.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Seals events and chain heads with HMAC-SHA256 under the current key, and checks seals
 * under the key each one names. Without the key, whoever can write the database cannot
 * forge a seal.
 */
class AuditSeals {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final AuditKeys keys;

	AuditSeals(AuditKeys keys) {
		this.keys = keys;
	}

	String currentKeyId() {
		return keys.currentId();
	}

	/** The MAC of an event under the current key. */
	String seal(AuditEntry entry, long seq, String prevHash) {
		return mac(keys.currentId(), entry, seq, prevHash);
	}

	/**
	 * Whether the event's stored MAC is right for the given position. Legacy (unkeyed)
	 * events are accepted only up to the chain's last event at the migration
	 * ({@code legacyBound}), and only without an address: addresses came after them, and
	 * their hash does not cover one.
	 */
	boolean valid(AuditEvent event, long seq, Long legacyBound) {
		if (AuditKeys.LEGACY.equals(event.getKeyId())) {
			return legacyBound != null && seq <= legacyBound && event.entry().address() == null
					&& AuditHashes.of(event.entry(), seq, event.getPrevHash()).equals(event.getHash());
		}
		return keys.knows(event.getKeyId())
				&& mac(event.getKeyId(), event.entry(), seq, event.getPrevHash()).equals(event.getHash());
	}

	/** The MAC of a chain head under the current key. */
	String sealHead(long disclosureId, long lastSeq, String lastHash) {
		return headMac(keys.currentId(), disclosureId, lastSeq, lastHash);
	}

	/**
	 * Whether the head's MAC is right; a head untouched since the migration carries none.
	 */
	boolean valid(AuditChainHead head, long disclosureId, Long legacyBound) {
		if (head.getHeadKeyId() == null) {
			return legacyBound != null && head.getLastSeq() == legacyBound;
		}
		return keys.knows(head.getHeadKeyId())
				&& headMac(head.getHeadKeyId(), disclosureId, head.getLastSeq(), head.getLastHash())
					.equals(head.getHeadMac());
	}

	// An event without an address is sealed in the v2 form it always had, so the events
	// sealed before addresses were recorded stay valid; one with an address in the v3
	// form, which covers it too.
	private String mac(String keyId, AuditEntry entry, long seq, String prevHash) {
		if (entry.address() == null) {
			return keys.mac(keyId, canonical("v2", keyId, entry.disclosureId(), seq, entry.at().toString(),
					entry.actor(), entry.kind(), entry.part(), entry.field(), entry.from(), entry.to(), prevHash));
		}
		return keys.mac(keyId, canonical("v3", keyId, entry.disclosureId(), seq, entry.at().toString(), entry.actor(),
				entry.kind(), entry.part(), entry.field(), entry.from(), entry.to(), entry.address(), prevHash));
	}

	private String headMac(String keyId, long disclosureId, long lastSeq, String lastHash) {
		return keys.mac(keyId, canonical("head", keyId, disclosureId, lastSeq, lastHash));
	}

	// A JSON array, so that no two different events share a canonical form.
	private static String canonical(Object... fields) {
		List<Object> canonical = new ArrayList<>(Arrays.asList(fields));
		try {
			return JSON.writeValueAsString(canonical);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
