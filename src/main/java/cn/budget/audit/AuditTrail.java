package cn.budget.audit;

import java.time.Instant;
import java.util.List;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.identity.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends events to a disclosure's hash chain, reads them and verifies the chain.
 */
@Service
@Transactional
public class AuditTrail {

	private final AuditEventRepository events;

	private final AuditChainHeadRepository heads;

	private final DisclosureQueries disclosures;

	AuditTrail(AuditEventRepository events, AuditChainHeadRepository heads, DisclosureQueries disclosures) {
		this.events = events;
		this.heads = heads;
		this.disclosures = disclosures;
	}

	/** An event as the API shows it. */
	public record Event(long seq, Instant at, String actor, String kind, String part, String field, String from,
			String to, String hash) {
	}

	/** The outcome of a verification. */
	public record Verification(boolean intact, Long firstBrokenAt, long events) {
	}

	/** Appends an event in the caller's transaction, after the chain's newest one. */
	public void append(AuditEntry entry) {
		appendAll(entry.disclosureId(), List.of(entry));
	}

	/**
	 * Appends events of one disclosure in order, under one lock of the chain's head (a large save
	 * produces thousands of events; locking once keeps it fast).
	 */
	public void appendAll(long disclosureId, List<AuditEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		AuditChainHead head = heads.lock(disclosureId).orElseGet(() -> heads.save(new AuditChainHead(disclosureId)));
		List<AuditEvent> chained = new java.util.ArrayList<>(entries.size());
		long seq = head.getLastSeq();
		String previous = head.getLastHash();
		for (AuditEntry entry : entries) {
			seq++;
			String hash = AuditHashes.of(entry, seq, previous);
			chained.add(new AuditEvent(entry, seq, previous, hash));
			previous = hash;
		}
		events.saveAll(chained);
		head.advance(seq, previous);
	}

	/** Every event of a disclosure the actor may see, in order. */
	@Transactional(readOnly = true)
	public List<Event> of(Actor actor, long disclosureId) {
		disclosures.summary(actor, disclosureId);
		return events.findByDisclosureIdOrderBySeq(disclosureId).stream().map(AuditTrail::event).toList();
	}

	/** A disclosure's events with the verification of their chain, reading the chain once. */
	public record Checked(List<Event> events, Verification verification) {
	}

	/** Every event of a disclosure the actor may see, in order, and whether the chain is intact. */
	@Transactional(readOnly = true)
	public Checked checked(Actor actor, long disclosureId) {
		disclosures.summary(actor, disclosureId);
		List<AuditEvent> chain = events.findByDisclosureIdOrderBySeq(disclosureId);
		return new Checked(chain.stream().map(AuditTrail::event).toList(), verify(disclosureId, chain));
	}

	/**
	 * Recomputes every hash and link; the first event that does not match, or a gap in the
	 * sequence, breaks the chain.
	 */
	@Transactional(readOnly = true)
	public Verification verify(Actor actor, long disclosureId) {
		disclosures.summary(actor, disclosureId);
		return verify(disclosureId, events.findByDisclosureIdOrderBySeq(disclosureId));
	}

	private Verification verify(long disclosureId, List<AuditEvent> chain) {
		String previous = AuditHashes.GENESIS;
		long expectedSeq = 1;
		for (AuditEvent event : chain) {
			boolean linked = event.getSeq() == expectedSeq && previous.equals(event.getPrevHash());
			if (!linked || !AuditHashes.of(event.entry(), event.getSeq(), previous).equals(event.getHash())) {
				return new Verification(false, expectedSeq, chain.size());
			}
			previous = event.getHash();
			expectedSeq++;
		}
		boolean complete = heads.findById(disclosureId).map(h -> h.getLastSeq() == chain.size()).orElse(chain.isEmpty());
		return new Verification(complete, complete ? null : expectedSeq, chain.size());
	}

	private static Event event(AuditEvent e) {
		AuditEntry entry = e.entry();
		return new Event(e.getSeq(), entry.at(), entry.actor(), entry.kind(), entry.part(), entry.field(), entry.from(),
				entry.to(), e.getHash());
	}

}
