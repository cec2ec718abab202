package cn.budget.disclosure;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An immutable snapshot of a whole disclosure: each submission freezes version n, each
 * publication freezes published version m. The content is the document as JSON: its
 * heading here and its parts shared in {@code version_body} ({@link VersionContents}).
 */
@Entity
@Table(name = "disclosure_version")
class DisclosureVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_version_seq")
	@SequenceGenerator(name = "disclosure_version_seq", sequenceName = "disclosure_version_seq", allocationSize = 1)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long disclosureId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private VersionInfo.Kind kind;

	@Column(nullable = false, updatable = false)
	private int number;

	@Column(nullable = false, updatable = false)
	private long contentVersion;

	@Column(nullable = false, updatable = false)
	private Instant frozenAt;

	@Column(nullable = false, updatable = false)
	private String frozenBy;

	@Column(length = 20000, updatable = false)
	private String note;

	// The column holds up to 10 million characters; Hibernate maps longer declared
	// lengths to CLOB.
	@Column(nullable = false, updatable = false, length = 1_000_000)
	private String content;

	// The key of the parts in version_body (VersionContents); null: content is the
	// whole document.
	@Column(updatable = false)
	private String bodySha256;

	protected DisclosureVersion() {
	}

	DisclosureVersion(Long disclosureId, VersionInfo.Kind kind, int number, long contentVersion, Instant frozenAt,
			String frozenBy, String note, String content, String bodySha256) {
		this.disclosureId = disclosureId;
		this.kind = kind;
		this.number = number;
		this.contentVersion = contentVersion;
		this.frozenAt = frozenAt;
		this.frozenBy = frozenBy;
		this.note = note;
		this.content = content;
		this.bodySha256 = bodySha256;
	}

	VersionInfo info() {
		return new VersionInfo(id, disclosureId, kind, number, contentVersion, frozenAt, frozenBy, note);
	}

	String getContent() {
		return content;
	}

	String getBodySha256() {
		return bodySha256;
	}

	Long getDisclosureId() {
		return disclosureId;
	}

}
