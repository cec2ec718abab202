package cn.budget.publication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublishedFileRepository extends JpaRepository<PublishedFile, Long> {

	// Written out, not derived: Hibernate caches the plan of a query string, but
	// translates a derived query's criteria anew on every call (every publication and
	// download asks).
	@Query("select f from PublishedFile f where f.disclosureId = ?1 and f.publishedVersion = ?2 and f.extension = ?3")
	Optional<PublishedFile> findByDisclosureIdAndPublishedVersionAndExtension(Long disclosureId, int publishedVersion,
			String extension);

	@Query("select f from PublishedFile f where f.disclosureId = ?1 and f.publishedVersion = ?2")
	List<PublishedFile> findByDisclosureIdAndPublishedVersion(Long disclosureId, int publishedVersion);

	/** Whether the version's stored files exist: all are stored in one transaction. */
	@Query("select case when count(f) > 0 then true else false end from PublishedFile f"
			+ " where f.disclosureId = ?1 and f.publishedVersion = ?2")
	boolean existsByDisclosureIdAndPublishedVersion(Long disclosureId, int publishedVersion);

}
