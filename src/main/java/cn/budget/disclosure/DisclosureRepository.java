package cn.budget.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.budget.content.DisclosureState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DisclosureRepository extends JpaRepository<Disclosure, Long> {

	@Query("""
			select d from Disclosure d
			where (:year is null or d.fiscalYear = :year)
			  and (:department is null or d.departmentCode = :department)
			order by d.fiscalYear desc, d.departmentCode, d.templateCode
			""")
	List<Disclosure> search(@Param("year") Integer year, @Param("department") String department);

	List<Disclosure> findByScheduleRoundIdOrderByDepartmentCode(Long roundId);

	/**
	 * Disclosures on a route whose last day to publish has passed; read by the overdue
	 * gauge.
	 */
	long countByRouteStateNotAndSchedulePublicationDueBefore(DisclosureState state, LocalDate today);

	/**
	 * The state as committed, with the row locked for this transaction: a concurrent
	 * publisher waits here until the first one has committed, then reads its outcome.
	 */
	@Query(value = "select state from disclosure where id = :id for update", nativeQuery = true)
	Optional<String> lockState(@Param("id") long id);

	// Written out, not derived from the name: Hibernate caches the plan of a query
	// string but translates derived criteria anew on every call (every new draft of a
	// round asks).
	@Query("select d from Disclosure d where d.departmentCode = ?1 and d.fiscalYear = ?2 and d.templateCode = ?3")
	Optional<Disclosure> findByDepartmentCodeAndFiscalYearAndTemplateCode(String departmentCode, int fiscalYear,
			String templateCode);

}
