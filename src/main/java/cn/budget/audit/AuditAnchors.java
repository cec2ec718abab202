package cn.budget.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public anchors: once a day one digest over every chain head, and at every publication
 * one over the heads no anchor lists yet, each covering the digest of the anchor before
 * it ({@link AnchorDigest}), stored with its list and shown on the portal. Whoever copies
 * a digest can later hold the trail to it; verification recomputes every anchor naming a
 * chain.
 */
@Service
@Transactional
public class AuditAnchors {

	static final String DAILY = "DAILY";

	static final String PUBLICATION = "PUBLICATION";

	private final AuditChainHeadRepository heads;

	private final AnchorStore store;

	private final Clock clock;

	private final EntityManager entities;

	AuditAnchors(AuditChainHeadRepository heads, AnchorStore store, Clock clock, EntityManager entities) {
		this.heads = heads;
		this.entities = entities;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Today's anchor, unless one exists: every node may try; the anchors' turn makes the
	 * second wait and then find the first's (the database's unique day keeps one in any
	 * case: a node that loses a race fails on that key and rolls back).
	 */
	public Optional<AnchorView> anchorDay() {
		LocalDate today = LocalDate.now(clock);
		store.takeTurn();
		if (store.hasDaily(today)) {
			return Optional.empty();
		}
		return Optional.of(store.insert(clock.instant(), today, DAILY, true, currentHeads()));
	}

	/**
	 * An anchor taken in the transaction that publishes, so it covers the publication's
	 * event: of the chain heads no anchor lists yet. It names the anchor before it, as
	 * every anchor does, so its digest holds the others. Listing every chain changed
	 * since the day's anchor at each publication grew through a busy day
	 * (docs/decisions.md).
	 */
	AnchorView anchorPublication() {
		// The head changes of this transaction, the publication's among them, are read
		// below with SQL.
		entities.flush();
		store.takeTurn();
		return store.insert(clock.instant(), LocalDate.now(clock), PUBLICATION, false, store.headsNotAnchored());
	}

	/** The newest anchors, newest first. */
	@Transactional(readOnly = true)
	public List<AnchorView> newest() {
		return store.newest(1000);
	}

	@Transactional(readOnly = true)
	List<AnchorStore.Stored> naming(long disclosureId) {
		return store.naming(disclosureId);
	}

	// Read through JPA, so the head changes of this transaction are flushed first.
	private List<AnchorDigest.Entry> currentHeads() {
		return heads.findAll()
			.stream()
			.filter(h -> h.getLastSeq() > 0)
			.map(h -> new AnchorDigest.Entry(h.getDisclosureId(), h.getLastSeq(), h.getLastHash()))
			.toList();
	}

}
