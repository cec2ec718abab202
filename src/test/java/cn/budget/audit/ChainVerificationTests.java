package cn.budget.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.budget.audit.AuditProblem.Kind;
import org.junit.jupiter.api.Test;

/**
 * Key rotation and events from before keyed MACs, on chains built in memory with the real
 * seals.
 */
class ChainVerificationTests {

	static final long DISCLOSURE = 7;

	static final AuditSeals FIRST_KEY = new AuditSeals(new AuditKeys(Map.of("k1", AuditKeysTests.KEY_1), "k1"));

	static final AuditSeals ROTATED = new AuditSeals(
			new AuditKeys(Map.of("k1", AuditKeysTests.KEY_1, "k2", AuditKeysTests.KEY_2), "k2"));

	final List<AuditEvent> chain = new ArrayList<>();

	final AuditChainHead head = new AuditChainHead(DISCLOSURE);

	@Test
	void afterARotationOldEventsVerifyWithTheirKeyAndNewOnesUseTheNewKey() {
		append(FIRST_KEY, 3);
		append(ROTATED, 2);
		assertThat(chain).extracting(AuditEvent::getKeyId).containsExactly("k1", "k1", "k1", "k2", "k2");
		assertThat(ChainVerification.check(DISCLOSURE, chain, head, null, ROTATED)).isEmpty();

		// Dropping the old key from the configuration is what breaks them.
		AuditSeals withoutOldKey = new AuditSeals(new AuditKeys(Map.of("k2", AuditKeysTests.KEY_2), "k2"));
		assertThat(ChainVerification.check(DISCLOSURE, chain, head, null, withoutOldKey)).extracting(AuditProblem::kind)
			.contains(Kind.CHANGED);
	}

	@Test
	void eventsHashedBeforeTheMigrationVerifyOnlyUpToItsBound() {
		appendLegacy(3);
		assertThat(ChainVerification.check(DISCLOSURE, chain, head, 3L, ROTATED)).isEmpty();
		append(ROTATED, 2);
		assertThat(ChainVerification.check(DISCLOSURE, chain, head, 3L, ROTATED)).isEmpty();

		// A chain the migration did not know, or a bound lower than the legacy events, is
		// refused.
		assertThat(ChainVerification.check(DISCLOSURE, chain, head, null, ROTATED))
			.extracting(AuditProblem::kind, AuditProblem::seq)
			.contains(org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, 1L));
		assertThat(ChainVerification.check(DISCLOSURE, chain, head, 2L, ROTATED))
			.extracting(AuditProblem::kind, AuditProblem::seq)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, 3L));
	}

	private void append(AuditSeals seals, int count) {
		for (int i = 0; i < count; i++) {
			long seq = head.getLastSeq() + 1;
			AuditEntry entry = entry(seq);
			String mac = seals.seal(entry, seq, head.getLastHash());
			chain.add(new AuditEvent(entry, seq, head.getLastHash(), mac, seals.currentKeyId()));
			head.advance(seq, mac, seals.currentKeyId(), seals.sealHead(DISCLOSURE, seq, mac));
		}
	}

	// As V12 wrote them, and as V20 left them: unkeyed SHA-256, a head without MAC.
	private void appendLegacy(int count) {
		for (int i = 0; i < count; i++) {
			long seq = head.getLastSeq() + 1;
			AuditEntry entry = entry(seq);
			String hash = AuditHashes.of(entry, seq, head.getLastHash());
			chain.add(new AuditEvent(entry, seq, head.getLastHash(), hash, AuditKeys.LEGACY));
			head.advance(seq, hash, null, null);
		}
	}

	private static AuditEntry entry(long seq) {
		return new AuditEntry(DISCLOSURE, Instant.parse("2026-03-02T01:00:00Z").plusSeconds(seq), "drafter-ga", "CELL",
				"overview", "basic/current", String.valueOf(seq), String.valueOf(seq + 1));
	}

}
