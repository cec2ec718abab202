package cn.budget.publication;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.budget.disclosure.ContentChange;
import cn.budget.disclosure.ContentDiff;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureSummary;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.VersionInfo;
import cn.budget.disclosure.VersionKind;
import cn.budget.workflow.RoundInfo;
import cn.budget.workflow.Rounds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public portal shows: published versions only, masked, with what a correction changed
 * and whether publication met the 20-day deadline.
 */
@Service
@Transactional(readOnly = true)
public class Portal {

	private final DisclosureVersions versions;

	private final DisclosureQueries disclosures;

	private final PublishedFiles files;

	private final Rounds rounds;

	Portal(DisclosureVersions versions, DisclosureQueries disclosures, PublishedFiles files, Rounds rounds) {
		this.versions = versions;
		this.disclosures = disclosures;
		this.files = files;
		this.rounds = rounds;
	}

	/**
	 * A published disclosure in the portal's list, titled as published (a correction's draft title
	 * stays private until it is published).
	 */
	public record Listing(VersionInfo version, DisclosureSummary disclosure, String title, String departmentName,
			Deadline deadline) {
	}

	/** When publication was due and whether it came late (null when not part of a round). */
	public record Deadline(Instant due, Instant firstPublished, boolean late) {
	}

	/**
	 * One published version as the portal shows it: only the masked copy; the reasons for
	 * confidentiality (table title → reason) are for the department's staff and the finance bureau.
	 */
	public record Published(VersionInfo version, DisclosureDocument masked, Map<String, String> reasons,
			List<VersionInfo> history, List<ContentChange> changes, Deadline deadline) {

		public Long templateId() {
			return masked.getTemplateId();
		}

	}

	public List<Listing> list(Integer year, String department, String query) {
		List<VersionInfo> published = versions.latestPublications();
		Map<Long, DisclosureSummary> summaries = disclosures
			.summaries(published.stream().map(VersionInfo::disclosureId).toList())
			.stream()
			.collect(Collectors.toMap(DisclosureSummary::id, Function.identity()));
		return published.stream()
			.map(v -> listing(v, summaries.get(v.disclosureId())))
			.filter(l -> year == null || l.disclosure().fiscalYear() == year)
			.filter(l -> department == null || department.isBlank() || l.disclosure().departmentCode().equals(department))
			.filter(l -> query == null || query.isBlank() || l.title().contains(query.strip())
					|| l.departmentName().contains(query.strip()))
			.sorted(Comparator.comparing((Listing l) -> l.disclosure().fiscalYear()).reversed()
				.thenComparing(l -> l.disclosure().departmentCode()))
			.toList();
	}

	private Listing listing(VersionInfo version, DisclosureSummary summary) {
		DisclosureDocument published = versions.content(version.disclosureId(), VersionKind.PUBLICATION, version.number())
			.orElseThrow();
		return new Listing(version, summary, published.getTitle(), published.getDepartmentName(), deadline(summary));
	}

	/** A published version, the newest when {@code number} is null; empty for anything unpublished. */
	public Optional<Published> published(long disclosureId, Integer number) {
		List<VersionInfo> history = versions.list(disclosureId, VersionKind.PUBLICATION);
		Optional<VersionInfo> version = number == null ? history.stream().reduce((a, b) -> b)
				: history.stream().filter(v -> v.number() == number).findFirst();
		return version.map(v -> {
			DisclosureDocument document = versions.content(disclosureId, VersionKind.PUBLICATION, v.number()).orElseThrow();
			DisclosureDocument masked = files.masked(document);
			List<ContentChange> changes = v.number() == 1 ? List.of()
					: ContentDiff.between(files.masked(versions.content(disclosureId, VersionKind.PUBLICATION,
							v.number() - 1).orElseThrow()), masked, disclosures.templateOf(document));
			DisclosureSummary summary = disclosures.summaries(List.of(disclosureId)).get(0);
			return new Published(v, masked, reasons(document), history, changes, deadline(summary));
		});
	}

	private static Map<String, String> reasons(DisclosureDocument document) {
		Map<String, String> reasons = new java.util.LinkedHashMap<>();
		document.getParts().forEach(p -> p.getTables()
			.stream()
			.filter(t -> t.isConfidential() || t.getConfidentialReason() != null)
			.forEach(t -> reasons.put(t.getTitle(), t.getConfidentialReason() == null ? "—" : t.getConfidentialReason())));
		return reasons;
	}

	private Deadline deadline(DisclosureSummary summary) {
		if (summary == null || summary.roundId() == null) {
			return null;
		}
		Optional<RoundInfo> round = rounds.find(summary.roundId());
		Optional<VersionInfo> first = versions.list(summary.id(), VersionKind.PUBLICATION).stream().findFirst();
		return round.map(r -> new Deadline(r.dueAt(), first.map(VersionInfo::frozenAt).orElse(null),
				first.map(f -> f.frozenAt().isAfter(r.dueAt())).orElse(false))).orElse(null);
	}

}
