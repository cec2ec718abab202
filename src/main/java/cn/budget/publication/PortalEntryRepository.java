package cn.budget.publication;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PortalEntryRepository extends JpaRepository<PortalEntry, Long>, JpaSpecificationExecutor<PortalEntry> {

	/** Per row: the disclosure's id and the published version shown. */
	@Query("select e.disclosureId, e.publishedVersion from PortalEntry e")
	List<Object[]> shownVersions();

}
