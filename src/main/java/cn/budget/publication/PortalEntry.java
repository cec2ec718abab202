package cn.budget.publication;

import cn.budget.content.DisclosureContent;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A published disclosure as the portal's list shows it: its newest published version's
 * title and department name (a correction's draft title stays private until it is
 * published), when it was first and last published. Rewritten with every published
 * version.
 */
@Entity
@Table(name = "portal_entry")
class PortalEntry {

	@Id
	private Long disclosureId;

	@Column(nullable = false)
	private String departmentCode;

	@Column(nullable = false)
	private int fiscalYear;

	@Column(nullable = false)
	private String templateCode;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String departmentName;

	private Long roundId;

	@Column(nullable = false)
	private int publishedVersion;

	@Column(nullable = false)
	private Instant publishedAt;

	@Column(nullable = false, updatable = false)
	private Instant firstPublishedAt;

	protected PortalEntry() {
	}

	PortalEntry(long disclosureId, Instant firstPublishedAt) {
		this.disclosureId = disclosureId;
		this.firstPublishedAt = firstPublishedAt;
	}

	/** The list now shows this published version. */
	void show(DisclosureContent published, int version, Instant at) {
		this.departmentCode = published.departmentCode();
		this.fiscalYear = published.fiscalYear();
		this.templateCode = published.template();
		this.title = published.title();
		this.departmentName = published.departmentName() == null ? published.departmentCode()
				: published.departmentName();
		this.roundId = published.roundId();
		this.publishedVersion = version;
		this.publishedAt = at;
	}

	Long getDisclosureId() {
		return disclosureId;
	}

	String getDepartmentCode() {
		return departmentCode;
	}

	int getFiscalYear() {
		return fiscalYear;
	}

	String getTitle() {
		return title;
	}

	String getDepartmentName() {
		return departmentName;
	}

	Long getRoundId() {
		return roundId;
	}

	int getPublishedVersion() {
		return publishedVersion;
	}

	Instant getPublishedAt() {
		return publishedAt;
	}

	Instant getFirstPublishedAt() {
		return firstPublishedAt;
	}

}
