package cn.budget.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

	List<ReviewDecision> findByDisclosureIdOrderByDecidedAt(Long disclosureId);

	long countByDisclosureIdAndDecision(Long disclosureId, String decision);

}
