package cn.budget.review;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

	List<ReviewDecision> findByDisclosureIdOrderByDecidedAt(Long disclosureId);

	long countByDisclosureIdAndDecision(Long disclosureId, String decision);

	/** Per disclosure how often it got the decision: {disclosureId, count} pairs. */
	@Query("select d.disclosureId, count(d) from ReviewDecision d where d.decision = :decision "
			+ "and d.disclosureId in :ids group by d.disclosureId")
	List<Object[]> countByDisclosures(Collection<Long> ids, String decision);

}
