package cn.budget.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DepartmentRepository extends JpaRepository<Department, Long> {

	// A query string, not derived: its plan is cached (see OrgUnitRepository).
	@Query("select d from Department d where d.code = ?1")
	Optional<Department> findByCode(String code);

	List<Department> findByFinanceBureauFalseAndActiveTrueOrderByCode();

	List<Department> findAllByOrderByCode();

	Optional<Department> findFirstByFinanceBureauTrue();

}
