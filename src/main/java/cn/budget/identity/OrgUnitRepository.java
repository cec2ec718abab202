package cn.budget.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

	Optional<OrgUnit> findByCode(String code);

	List<OrgUnit> findByDepartmentCodeAndActiveTrueOrderByCode(String departmentCode);

	List<OrgUnit> findAllByOrderByCode();

	Optional<OrgUnit> findFirstByDepartmentAndMainUnitTrue(Department department);

	boolean existsByDepartment(Department department);

	@org.springframework.data.jpa.repository.Query("select distinct u.department.code from OrgUnit u where u.active = true")
	List<String> departmentCodesWithActiveUnits();

}
