package cn.budget.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

	Optional<OrgUnit> findByCode(String code);

	// Written out, not derived from the name: Hibernate caches the plan of a query
	// string but translates derived criteria anew on every call (a round's opening asks
	// per department).
	@Query("select u from OrgUnit u where u.department.code = ?1 and u.active = true order by u.code")
	List<OrgUnit> findByDepartmentCodeAndActiveTrueOrderByCode(String departmentCode);

	List<OrgUnit> findAllByOrderByCode();

	Optional<OrgUnit> findFirstByDepartmentAndMainUnitTrue(Department department);

	boolean existsByDepartment(Department department);

	@org.springframework.data.jpa.repository.Query("select distinct u.department.code from OrgUnit u where u.active = true")
	List<String> departmentCodesWithActiveUnits();

}
