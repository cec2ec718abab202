package cn.budget.publication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublishedFileRepository extends JpaRepository<PublishedFile, Long> {

	Optional<PublishedFile> findByDisclosureIdAndPublishedVersionAndExtension(Long disclosureId, int publishedVersion,
			String extension);

	List<PublishedFile> findByDisclosureIdAndPublishedVersion(Long disclosureId, int publishedVersion);

	/** Whether the version's stored files exist: all are stored in one transaction. */
	boolean existsByDisclosureIdAndPublishedVersion(Long disclosureId, int publishedVersion);

}
