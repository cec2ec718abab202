package cn.budget.publication;

import cn.budget.content.DisclosureContent;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.VersionInfo;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the portal's list ({@link PortalEntry}) in step with the published versions whose
 * files are stored: a row is written in the transaction that stores the last file, so the
 * portal never shows a version without its files.
 */
@Component
@Transactional
class PortalEntries {

	private final PortalEntryRepository entries;

	private final DisclosureVersions versions;

	PortalEntries(PortalEntryRepository entries, DisclosureVersions versions) {
		this.entries = entries;
		this.versions = versions;
	}

	/**
	 * The portal shows this published version from now on (an earlier one never replaces
	 * a later).
	 */
	void show(DisclosureContent published, VersionInfo version) {
		PortalEntry entry = entries.findById(published.id())
			.orElseGet(() -> new PortalEntry(published.id(), firstPublished(version)));
		if (entry.getPublishedVersion() > version.number()) {
			return;
		}
		entry.show(published, version.number(), version.frozenAt());
		entries.save(entry);
	}

	/** Per disclosure the portal shows: the published version it shows. */
	@Transactional(readOnly = true)
	java.util.Map<Long, Integer> shown() {
		java.util.Map<Long, Integer> shown = new java.util.HashMap<>();
		entries.shownVersions().forEach(row -> shown.put((Long) row[0], (Integer) row[1]));
		return shown;
	}

	private java.time.Instant firstPublished(VersionInfo version) {
		return version.number() == 1 ? version.frozenAt()
				: versions.info(version.disclosureId(), VersionInfo.Kind.PUBLICATION, 1).orElse(version).frozenAt();
	}

}
