package cn.budget.audit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditChainHeadRepository extends JpaRepository<AuditChainHead, Long> {

	/**
	 * The chain's last sequence number when keyed MACs came (V20), if it existed then.
	 */
	@Query(value = "select last_seq from audit_legacy_chain where disclosure_id = :id", nativeQuery = true)
	Optional<Long> legacyBound(@Param("id") Long disclosureId);

}
