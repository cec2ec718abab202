package cn.budget.disclosure;

import cn.budget.content.DisclosureContent;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freezes and reads immutable snapshots of disclosures: a version per submission, a
 * published version per publication. A frozen version never changes; corrections add a
 * new one.
 */
@Service
@Transactional
public class DisclosureVersions {

	private final DisclosureVersionRepository versions;

	private final DisclosureRepository disclosures;

	private final DisclosureQueries queries;

	private final VersionContents contents;

	private final Clock clock;

	DisclosureVersions(DisclosureVersionRepository versions, DisclosureRepository disclosures,
			DisclosureQueries queries, VersionContents contents, Clock clock) {
		this.versions = versions;
		this.disclosures = disclosures;
		this.queries = queries;
		this.contents = contents;
		this.clock = clock;
	}

	/**
	 * Freezes the disclosure's current content as the next version of the given kind.
	 * @param note the submission's explanation or the public change note, may be null
	 */
	public VersionInfo freeze(long disclosureId, VersionInfo.Kind kind, String username, String note) {
		// Freezes of one disclosure one at a time: the next number and the shared body
		// are a check, then an insert.
		disclosures.lockState(disclosureId).orElseThrow(() -> new DisclosureNotFoundException(disclosureId));
		DisclosureDocument document = queries.toDocument(
				disclosures.findById(disclosureId).orElseThrow(() -> new DisclosureNotFoundException(disclosureId)));
		int number = latest(disclosureId, kind).map(v -> v.number() + 1).orElse(1);
		VersionContents.Stored stored = contents.store(document);
		return versions
			.save(new DisclosureVersion(disclosureId, kind, number, document.getVersion(), clock.instant(), username,
					note, stored.heading(), stored.bodyKey()))
			.info();
	}

	@Transactional(readOnly = true)
	public List<VersionInfo> list(long disclosureId, VersionInfo.Kind kind) {
		return versions.findByDisclosureIdAndKindOrderByNumber(disclosureId, kind)
			.stream()
			.map(DisclosureVersion::info)
			.toList();
	}

	/**
	 * When the first version of the kind was frozen, for those of the disclosures that
	 * have one: one query.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Instant> firstFrozen(Collection<Long> disclosureIds, VersionInfo.Kind kind) {
		Map<Long, Instant> first = new HashMap<>();
		List<Long> ids = List.copyOf(disclosureIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			versions.firstFrozenAt(ids.subList(from, Math.min(ids.size(), from + 1000)), kind)
				.forEach(row -> first.put((Long) row[0], (Instant) row[1]));
		}
		return first;
	}

	@Transactional(readOnly = true)
	public Optional<VersionInfo> latest(long disclosureId, VersionInfo.Kind kind) {
		return versions.newestInfos(disclosureId, kind, PageRequest.ofSize(1)).stream().findFirst();
	}

	/** The frozen document of a version, or empty when there is no such version. */
	@Transactional(readOnly = true)
	Optional<DisclosureDocument> document(long disclosureId, VersionInfo.Kind kind, int number) {
		return versions.findByDisclosureIdAndKindAndNumber(disclosureId, kind, number).map(this::read);
	}

	/**
	 * The frozen content of a version as a read view, or empty when there is no such
	 * version.
	 */
	@Transactional(readOnly = true)
	public Optional<DisclosureContent> view(long disclosureId, VersionInfo.Kind kind, int number) {
		return document(disclosureId, kind, number).map(DisclosureDocument::view);
	}

	/**
	 * The newest published version of every disclosure published at least once, newest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<VersionInfo> latestPublications() {
		Map<Long, VersionInfo> newest = new java.util.LinkedHashMap<>();
		for (DisclosureVersion version : versions.findByKindOrderByFrozenAtDesc(VersionInfo.Kind.PUBLICATION)) {
			newest.merge(version.info().disclosureId(), version.info(), (a, b) -> a.number() >= b.number() ? a : b);
		}
		return List.copyOf(newest.values());
	}

	/**
	 * The newest published version's number of every disclosure published at least once,
	 * without reading any content.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<Long, Integer> newestPublished() {
		java.util.Map<Long, Integer> newest = new java.util.HashMap<>();
		versions.newestNumbers(VersionInfo.Kind.PUBLICATION)
			.forEach(row -> newest.put((Long) row[0], (Integer) row[1]));
		return newest;
	}

	/** What is known about one version, or empty when there is no such version. */
	@Transactional(readOnly = true)
	public Optional<VersionInfo> info(long disclosureId, VersionInfo.Kind kind, int number) {
		return versions.findByDisclosureIdAndKindAndNumber(disclosureId, kind, number).map(DisclosureVersion::info);
	}

	/** The disclosure's current (unfrozen) content. */
	@Transactional(readOnly = true)
	DisclosureDocument current(long disclosureId) {
		return queries.toDocument(
				disclosures.findById(disclosureId).orElseThrow(() -> new DisclosureNotFoundException(disclosureId)));
	}

	/** The disclosure's current (unfrozen) content as a read view. */
	@Transactional(readOnly = true)
	public DisclosureContent currentContent(long disclosureId) {
		return current(disclosureId).view();
	}

	/**
	 * The newest published version of a department's disclosure of a template and year.
	 */
	@Transactional(readOnly = true)
	public Optional<DisclosureContent> latestPublished(String departmentCode, String templateCode, int fiscalYear) {
		return disclosures.findByDepartmentCodeAndFiscalYearAndTemplateCode(departmentCode, fiscalYear, templateCode)
			.flatMap(d -> versions.newestOf(d.getId(), VersionInfo.Kind.PUBLICATION))
			.map(this::read)
			.map(DisclosureDocument::view);
	}

	private DisclosureDocument read(DisclosureVersion version) {
		return contents.read(version.getDisclosureId(), version.getContent(), version.getBodySha256());
	}

}
