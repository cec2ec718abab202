package cn.budget.publication;

import cn.budget.content.DisclosureContent;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.budget.content.ContentChange;
import cn.budget.content.ContentDiff;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureSummary;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.VersionInfo;
import cn.budget.workflow.RoundInfo;
import cn.budget.workflow.Rounds;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public portal shows: published versions only, masked, with what a correction
 * changed and whether publication met the 20-day deadline.
 */
@Service
@Transactional(readOnly = true)
public class Portal {

	/** How many published disclosures one page of the list shows. */
	static final int PAGE_SIZE = 50;

	private final DisclosureVersions versions;

	private final DisclosureQueries disclosures;

	private final PublishedFiles files;

	private final Rounds rounds;

	private final PortalEntryRepository entries;

	Portal(DisclosureVersions versions, DisclosureQueries disclosures, PublishedFiles files, Rounds rounds,
			PortalEntryRepository entries) {
		this.versions = versions;
		this.disclosures = disclosures;
		this.files = files;
		this.rounds = rounds;
		this.entries = entries;
	}

	/**
	 * A published disclosure in the portal's list, titled as published (a correction's
	 * draft title stays private until it is published).
	 */
	public record Listing(long disclosureId, int fiscalYear, String departmentCode, String title, String departmentName,
			int publishedVersion, Instant publishedAt, Deadline deadline) {
	}

	/**
	 * When publication was due and whether it came late (null when not part of a round).
	 */
	public record Deadline(Instant due, Instant firstPublished, boolean late) {
	}

	/**
	 * One page of the list.
	 *
	 * @param number the page, from 1
	 * @param pages how many pages the filters leave (at least 1)
	 */
	public record ListPage(List<Listing> listings, int number, int pages, long total) {

		public boolean hasPrevious() {
			return number > 1;
		}

		public boolean hasNext() {
			return number < pages;
		}

	}

	/**
	 * One published version as the portal shows it: only the masked copy; the reasons for
	 * confidentiality (table title → reason) are for the department's staff and the
	 * finance bureau.
	 */
	public record Published(VersionInfo version, DisclosureContent masked, Map<String, String> reasons,
			List<VersionInfo> history, List<ContentChange> changes, Deadline deadline) {

		public Long templateId() {
			return masked.templateId();
		}

	}

	/**
	 * A page of the newest published version of each disclosure, newest year first, then
	 * by department: read from the portal's own rows by index, never from the published
	 * contents.
	 */
	public ListPage list(Integer year, String department, String query, int page) {
		int number = Math.max(page, 1);
		Page<PortalEntry> found = entries.findAll(PortalSearch.of(year, department, query),
				PageRequest.of(number - 1, PAGE_SIZE, PortalSearch.ORDER));
		Map<Long, Optional<RoundInfo>> roundsOnPage = new HashMap<>();
		List<Listing> listings = found.stream()
			.map(e -> new Listing(e.getDisclosureId(), e.getFiscalYear(), e.getDepartmentCode(), e.getTitle(),
					e.getDepartmentName(), e.getPublishedVersion(), e.getPublishedAt(),
					deadline(
							e.getRoundId() == null ? Optional.empty()
									: roundsOnPage.computeIfAbsent(e.getRoundId(), rounds::find),
							e.getFirstPublishedAt())))
			.toList();
		return new ListPage(listings, number, Math.max(found.getTotalPages(), 1), found.getTotalElements());
	}

	/**
	 * The number of the newest published version the portal shows (all its files stored);
	 * empty for anything unpublished.
	 */
	public Optional<Integer> newestVersion(long disclosureId) {
		return entries.findById(disclosureId).map(PortalEntry::getPublishedVersion);
	}

	/**
	 * A published version, the newest shown when {@code number} is null; empty for
	 * anything unpublished, and for a version whose files are not all stored yet.
	 */
	public Optional<Published> published(long disclosureId, Integer number) {
		int shown = newestVersion(disclosureId).orElse(0);
		List<VersionInfo> history = versions.list(disclosureId, VersionInfo.Kind.PUBLICATION)
			.stream()
			.filter(v -> v.number() <= shown)
			.toList();
		Optional<VersionInfo> version = number == null ? history.stream().reduce((a, b) -> b)
				: history.stream().filter(v -> v.number() == number).findFirst();
		return version.map(v -> {
			DisclosureContent document = versions.view(disclosureId, VersionInfo.Kind.PUBLICATION, v.number())
				.orElseThrow();
			DisclosureContent masked = files.masked(document);
			List<ContentChange> changes = v.number() == 1 ? List.of()
					: ContentDiff.between(files.masked(
							versions.view(disclosureId, VersionInfo.Kind.PUBLICATION, v.number() - 1).orElseThrow()),
							masked, disclosures.templateOf(document));
			DisclosureSummary summary = disclosures.summaries(List.of(disclosureId)).get(0);
			return new Published(v, masked, reasons(document), history, changes, deadline(summary));
		});
	}

	private static Map<String, String> reasons(DisclosureContent document) {
		Map<String, String> reasons = new java.util.LinkedHashMap<>();
		document.parts()
			.forEach(p -> p.tables()
				.stream()
				.filter(t -> t.confidential() || t.confidentialReason() != null)
				.forEach(t -> reasons.put(t.title(), t.confidentialReason() == null ? "—" : t.confidentialReason())));
		return reasons;
	}

	private Deadline deadline(DisclosureSummary summary) {
		if (summary == null || summary.roundId() == null) {
			return null;
		}
		Optional<RoundInfo> round = rounds.find(summary.roundId());
		Optional<VersionInfo> first = versions.list(summary.id(), VersionInfo.Kind.PUBLICATION).stream().findFirst();
		return round
			.map(r -> new Deadline(r.dueAt(), first.map(VersionInfo::frozenAt).orElse(null),
					first.map(f -> f.frozenAt().isAfter(r.dueAt())).orElse(false)))
			.orElse(null);
	}

	private static Deadline deadline(Optional<RoundInfo> round, Instant firstPublished) {
		return round.map(r -> new Deadline(r.dueAt(), firstPublished, firstPublished.isAfter(r.dueAt()))).orElse(null);
	}

}
