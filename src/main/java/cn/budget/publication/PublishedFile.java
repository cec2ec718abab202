package cn.budget.publication;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A download generated once, when a version was published, and served as stored ever
 * after.
 */
@Entity
@Table(name = "published_file")
class PublishedFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long disclosureId;

	@Column(nullable = false, updatable = false)
	private int publishedVersion;

	@Column(nullable = false, updatable = false)
	private String extension;

	@Column(nullable = false, updatable = false)
	private String mediaType;

	@Column(nullable = false, updatable = false)
	private byte[] content;

	@Column(nullable = false, updatable = false)
	private String sha256;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	protected PublishedFile() {
	}

	PublishedFile(Long disclosureId, int publishedVersion, String extension, String mediaType, byte[] content,
			String sha256, Instant createdAt) {
		this.disclosureId = disclosureId;
		this.publishedVersion = publishedVersion;
		this.extension = extension;
		this.mediaType = mediaType;
		this.content = content;
		this.sha256 = sha256;
		this.createdAt = createdAt;
	}

	String getExtension() {
		return extension;
	}

	String getMediaType() {
		return mediaType;
	}

	byte[] getContent() {
		return content;
	}

	String getSha256() {
		return sha256;
	}

}
