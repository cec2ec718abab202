package cn.budget.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.budget.disclosure.DisclosureQueries;
import cn.budget.identity.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends events to a disclosure's chain, each sealed with a keyed MAC over its content
 * and its predecessor's MAC, reads them and verifies the chain against its head and its
 * public anchors.
 */
@Service
@Transactional
public class AuditTrail {

	/**
	 * The chain of the organisation's and accounts' changes. Disclosure ids start at 1,
	 * so this chain never meets a disclosure's; its events name the unit or person in
	 * {@code part}.
	 */
	public static final long ORGANISATION_CHAIN = 0L;

	private final AuditEventRepository events;

	private final AuditEventRows rows;

	private final AuditChainHeadRepository heads;

	private final DisclosureQueries disclosures;

	private final AuditSeals seals;

	private final AuditAnchors anchors;

	AuditTrail(AuditEventRepository events, AuditEventRows rows, AuditChainHeadRepository heads,
			DisclosureQueries disclosures, AuditSeals seals, AuditAnchors anchors) {
		this.events = events;
		this.rows = rows;
		this.heads = heads;
		this.disclosures = disclosures;
		this.seals = seals;
		this.anchors = anchors;
	}

	/**
	 * An event as the API shows it; {@code address} names the changed place of a content
	 * change by its ContentAddress text form (null for other events and older ones).
	 */
	public record Event(long seq, Instant at, String actor, String kind, String part, String field, String from,
			String to, String hash, String address) {
	}

	/**
	 * The outcome of a verification: intact, or the first broken sequence number and
	 * every problem found, ordered by sequence number.
	 */
	public record Verification(boolean intact, Long firstBrokenAt, long events, List<AuditProblem> problems) {

		static Verification of(long events, List<AuditProblem> problems) {
			List<AuditProblem> sorted = problems.stream().sorted(Comparator.comparingLong(AuditProblem::seq)).toList();
			return new Verification(sorted.isEmpty(), sorted.isEmpty() ? null : sorted.get(0).seq(), events, sorted);
		}

	}

	/**
	 * Appends events of one disclosure in order, under one lock of the chain's head (a
	 * large save produces thousands of events; locking once keeps it fast). Features
	 * record events through {@link AuditBuffer}, which appends a transaction's events
	 * once per chain just before it commits.
	 */
	void appendAll(long disclosureId, List<AuditEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		Optional<AuditEventRows.Head> locked = rows.lockHead(disclosureId);
		AuditEventRows.Head head = locked.orElse(AuditEventRows.Head.NEW);
		List<AuditEvent> chained = new ArrayList<>(entries.size());
		long seq = head.lastSeq();
		String previous = head.lastHash();
		for (AuditEntry entry : entries) {
			seq++;
			String mac = seals.seal(entry, seq, previous);
			chained.add(new AuditEvent(entry, seq, previous, mac, seals.currentKeyId()));
			previous = mac;
		}
		rows.insert(chained);
		rows.writeHead(disclosureId, locked.isPresent(), seq, previous, seals.currentKeyId(),
				seals.sealHead(disclosureId, seq, previous));
	}

	/** Every event of a disclosure the actor may see, in order. */
	@Transactional(readOnly = true)
	public List<Event> of(Actor actor, long disclosureId) {
		disclosures.summary(actor, disclosureId);
		return events.findByDisclosureIdOrderBySeq(disclosureId).stream().map(AuditTrail::event).toList();
	}

	/**
	 * Every change of the organisation and of accounts, oldest first (administrators
	 * only: the caller checks).
	 */
	@Transactional(readOnly = true)
	public List<Event> organisationChanges() {
		return events.findByDisclosureIdOrderBySeq(ORGANISATION_CHAIN).stream().map(AuditTrail::event).toList();
	}

	/**
	 * A disclosure's events with the verification of their chain, reading the chain once.
	 */
	public record Checked(List<Event> events, Verification verification) {
	}

	/**
	 * Every event of a disclosure the actor may see, in order, and whether the chain is
	 * intact.
	 */
	@Transactional(readOnly = true)
	public Checked checked(Actor actor, long disclosureId) {
		disclosures.summary(actor, disclosureId);
		List<AuditEvent> chain = events.findByDisclosureIdOrderBySeq(disclosureId);
		return new Checked(chain.stream().map(AuditTrail::event).toList(), verify(disclosureId, chain));
	}

	/**
	 * Checks every MAC and link, the sequence, the head and every anchor naming the
	 * chain; see {@link AuditProblem} for what can be found.
	 */
	@Transactional(readOnly = true)
	public Verification verify(Actor actor, long disclosureId) {
		disclosures.summary(actor, disclosureId);
		return verify(disclosureId, events.findByDisclosureIdOrderBySeq(disclosureId));
	}

	private Verification verify(long disclosureId, List<AuditEvent> chain) {
		AuditChainHead head = heads.findById(disclosureId).orElse(null);
		Long legacyBound = heads.legacyBound(disclosureId).orElse(null);
		List<AuditProblem> problems = new ArrayList<>(
				ChainVerification.check(disclosureId, chain, head, legacyBound, seals));
		Map<Long, String> macs = chain.stream().collect(Collectors.toMap(AuditEvent::getSeq, AuditEvent::getHash));
		long lastSeq = chain.isEmpty() ? 0 : chain.get(chain.size() - 1).getSeq();
		problems.addAll(AnchorVerification.check(disclosureId, macs, lastSeq, anchors.naming(disclosureId)));
		return Verification.of(chain.size(), problems);
	}

	private static Event event(AuditEvent e) {
		AuditEntry entry = e.entry();
		return new Event(e.getSeq(), entry.at(), entry.actor(), entry.kind(), entry.part(), entry.field(), entry.from(),
				entry.to(), e.getHash(), entry.address());
	}

}
