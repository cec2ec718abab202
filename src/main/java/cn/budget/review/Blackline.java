package cn.budget.review;

import cn.budget.content.DisclosureContent;
import java.util.List;

import cn.budget.content.ContentChange;
import cn.budget.content.ContentDiff;
import cn.budget.disclosure.DisclosureNotFoundException;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.VersionInfo;
import cn.budget.identity.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changed between two submitted versions, per part, row and cell: the reviewer's
 * blackline.
 */
@Service
@Transactional(readOnly = true)
public class Blackline {

	private final DisclosureQueries disclosures;

	private final DisclosureVersions versions;

	Blackline(DisclosureQueries disclosures, DisclosureVersions versions) {
		this.disclosures = disclosures;
		this.versions = versions;
	}

	/** The comparison of two submitted versions. */
	public record Comparison(Integer from, Integer to, List<ContentChange> changes) {
	}

	/**
	 * The changes from submitted version {@code from} to {@code to}; without arguments,
	 * from the previous submission to the latest one (nothing to compare before the
	 * second submission).
	 */
	public Comparison compare(Actor actor, long disclosureId, Integer from, Integer to) {
		disclosures.summary(actor, disclosureId);
		int latest = versions.latest(disclosureId, VersionInfo.Kind.SUBMISSION).map(VersionInfo::number).orElse(0);
		int newer = to == null ? latest : to;
		int older = from == null ? newer - 1 : from;
		if (older < 1 || newer < 1 || older > latest || newer > latest) {
			return new Comparison(null, newer < 1 ? null : newer, List.of());
		}
		DisclosureContent a = submitted(disclosureId, older);
		DisclosureContent b = submitted(disclosureId, newer);
		// A disclosure keeps its template version, so the newer submission's is the
		// current one.
		return new Comparison(older, newer, ContentDiff.between(a, b, disclosures.templateOf(b)));
	}

	private DisclosureContent submitted(long disclosureId, int number) {
		return versions.view(disclosureId, VersionInfo.Kind.SUBMISSION, number)
			.orElseThrow(() -> new DisclosureNotFoundException(disclosureId));
	}

}
