package cn.budget.workflow;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RoundDepartmentRepository extends JpaRepository<RoundDepartment, Long> {

	List<RoundDepartment> findByRoundIdOrderByPosition(Long roundId);

	// Written out, not derived: Hibernate caches the plan of a query string, but
	// translates a derived query's criteria anew on every call.
	@Query("select d from RoundDepartment d where d.roundId = ?1 and d.status = ?2 order by d.position")
	List<RoundDepartment> findByRoundIdAndStatusOrderByPosition(Long roundId, RoundDepartment.Status status);

	/** The department's row, locked: one node, one thread opens it. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from RoundDepartment d where d.id = ?1")
	Optional<RoundDepartment> lock(Long id);

	/** Rounds with departments still to open (after a restart: what to resume). */
	@Query("select distinct d.roundId from RoundDepartment d where d.status = ?1 order by d.roundId")
	List<Long> roundsWith(RoundDepartment.Status status);

	/** Per status, how many departments: [status, count]. */
	@Query("select d.status, count(d) from RoundDepartment d where d.roundId = ?1 group by d.status")
	List<Object[]> countByStatus(Long roundId);

}
