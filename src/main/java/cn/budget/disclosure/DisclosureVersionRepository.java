package cn.budget.disclosure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DisclosureVersionRepository extends JpaRepository<DisclosureVersion, Long> {

	List<DisclosureVersion> findByDisclosureIdAndKindOrderByNumber(Long disclosureId, VersionInfo.Kind kind);

	// The queries a publication runs are written out, not derived from their names:
	// Hibernate caches the plan of a query string, but translates a derived query's
	// criteria anew on every call.
	@Query("select v from DisclosureVersion v where v.disclosureId = ?1 and v.kind = ?2 order by v.number desc")
	List<DisclosureVersion> newest(Long disclosureId, VersionInfo.Kind kind, Pageable page);

	/** The disclosure's newest version of the kind, with its content. */
	default Optional<DisclosureVersion> newestOf(Long disclosureId, VersionInfo.Kind kind) {
		return newest(disclosureId, kind, PageRequest.ofSize(1)).stream().findFirst();
	}

	List<DisclosureVersion> findByKindOrderByFrozenAtDesc(VersionInfo.Kind kind);

	/**
	 * A disclosure's versions of a kind, newest first, without their content: a decision
	 * needs the newest one's number, not its frozen document.
	 */
	@Query("select new cn.budget.disclosure.VersionInfo(v.id, v.disclosureId, v.kind, v.number, v.contentVersion,"
			+ " v.frozenAt, v.frozenBy, v.note) from DisclosureVersion v where v.disclosureId = :disclosureId"
			+ " and v.kind = :kind order by v.number desc")
	List<VersionInfo> newestInfos(Long disclosureId, VersionInfo.Kind kind, Pageable page);

	@Query("select v from DisclosureVersion v where v.disclosureId = ?1 and v.kind = ?2 and v.number = ?3")
	Optional<DisclosureVersion> findByDisclosureIdAndKindAndNumber(Long disclosureId, VersionInfo.Kind kind,
			int number);

	/** Per disclosure with a version of the kind: its id and its newest number. */
	@Query("select v.disclosureId, max(v.number) from DisclosureVersion v where v.kind = :kind group by v.disclosureId")
	List<Object[]> newestNumbers(@Param("kind") VersionInfo.Kind kind);

	/**
	 * Per disclosure the time its first version (number 1) of the kind was frozen:
	 * {disclosureId, frozenAt} pairs.
	 */
	@Query("select v.disclosureId, v.frozenAt from DisclosureVersion v where v.kind = :kind and v.number = 1 "
			+ "and v.disclosureId in :ids")
	List<Object[]> firstFrozenAt(Collection<Long> ids, VersionInfo.Kind kind);

	/**
	 * Of each of the disclosures, its newest version of the kind (none for a disclosure
	 * without one).
	 */
	@Query("select v from DisclosureVersion v where v.kind = :kind and v.disclosureId in :ids and v.number ="
			+ " (select max(w.number) from DisclosureVersion w where w.disclosureId = v.disclosureId and w.kind = :kind)")
	List<DisclosureVersion> newestOf(Collection<Long> ids, VersionInfo.Kind kind);

}
