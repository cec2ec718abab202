package cn.budget.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	List<AppUser> findByRoleAndEnabledTrue(Role role);

	List<AppUser> findAllByOrderByUsername();

	List<AppUser> findByUnit(OrgUnit unit);

}
