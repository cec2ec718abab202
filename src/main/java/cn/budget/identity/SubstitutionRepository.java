package cn.budget.identity;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubstitutionRepository extends JpaRepository<Substitution, Long> {

	List<Substitution> findByAbsentUsernameOrSubstituteUsernameOrderByFromDateDesc(String absent, String substitute);

	List<Substitution> findByAbsentUsernameAndCancelledAtIsNull(String absent);

	/**
	 * Uncancelled ones that have not ended before the day (those that cover it, among
	 * others).
	 */
	List<Substitution> findBySubstituteUsernameAndCancelledAtIsNullAndToDateGreaterThanEqual(String substitute,
			LocalDate day);

	List<Substitution> findByAbsentUsernameAndCancelledAtIsNullAndToDateGreaterThanEqual(String absent, LocalDate day);

}
