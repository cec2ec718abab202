package cn.budget.review;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewCommentRepository extends JpaRepository<ReviewComment, Long> {

	List<ReviewComment> findByDisclosureIdOrderByCreatedAt(Long disclosureId);

	long countByDisclosureIdAndAuthorAndStatusAndCreatedAtGreaterThanEqual(Long disclosureId, String author,
			CommentStatus status, Instant since);

}
