package cn.budget.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<Department, Long> {

	Optional<Department> findByCode(String code);

	List<Department> findByFinanceBureauFalseAndActiveTrueOrderByCode();

	List<Department> findAllByOrderByCode();

	Optional<Department> findFirstByFinanceBureauTrue();

}
