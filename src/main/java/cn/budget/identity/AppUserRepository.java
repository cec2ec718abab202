package cn.budget.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	// Written out, not derived from the name: Hibernate caches the plan of a query
	// string but translates derived criteria anew on every call (every notification and
	// request asks).
	@Query("select u from AppUser u where u.username = ?1")
	Optional<AppUser> findByUsername(String username);

	// Department and unit fetched in the same query: eager associations left out of a
	// query are read by one more query each (substitutes are read by role).
	@Query("select u from AppUser u left join fetch u.department left join fetch u.unit"
			+ " where u.role = ?1 and u.enabled = true")
	List<AppUser> findByRoleAndEnabledTrue(Role role);

	List<AppUser> findAllByOrderByUsername();

	List<AppUser> findByUnit(OrgUnit unit);

}
