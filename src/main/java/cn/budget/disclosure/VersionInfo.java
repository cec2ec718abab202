package cn.budget.disclosure;

import java.time.Instant;

/**
 * What is known about a frozen version without reading its content.
 *
 * @param id the version's id
 * @param disclosureId the disclosure it belongs to
 * @param kind submission or publication
 * @param number 1, 2, … per disclosure and kind
 * @param contentVersion the disclosure's optimistic-lock version that was frozen
 * @param frozenAt when
 * @param frozenBy who
 * @param note the submission's explanation or the publication's public change note
 */
public record VersionInfo(Long id, Long disclosureId, Kind kind, int number, long contentVersion, Instant frozenAt,
		String frozenBy, String note) {

	/**
	 * Why a disclosure's content was frozen: a submission to review, or a publication.
	 */
	public enum Kind {

		SUBMISSION, PUBLICATION

	}

}
