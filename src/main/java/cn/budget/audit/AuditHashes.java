package cn.budget.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.budget.shared.Digests;

/**
 * The legacy, unkeyed scheme: SHA-256 over the canonical form of an event (a JSON array
 * of its fields and the previous event's hash). Anyone can recompute it, so it is
 * accepted only for events written before keyed MACs ({@link AuditSeals}); kept to verify
 * those.
 */
final class AuditHashes {

	static final String GENESIS = "0".repeat(64);

	private static final ObjectMapper JSON = new ObjectMapper();

	private AuditHashes() {
	}

	static String of(AuditEntry entry, long seq, String prevHash) {
		List<Object> canonical = new ArrayList<>(Arrays.asList("v1", entry.disclosureId(), seq, entry.at().toString(),
				entry.actor(), entry.kind(), entry.part(), entry.field(), entry.from(), entry.to(), prevHash));
		try {
			return Digests.sha256Hex(JSON.writeValueAsString(canonical));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
