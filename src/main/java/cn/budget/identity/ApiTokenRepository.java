package cn.budget.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	/**
	 * A token with its person, their unit and department: the Bearer path's only read.
	 * One row of {@code [ApiToken, AppUser]} (the person null when gone), or none.
	 */
	@Query("select t, u from ApiToken t left join AppUser u on u.username = t.username left join fetch u.unit n"
			+ " left join fetch n.department left join fetch u.department where t.tokenHash = :tokenHash")
	List<Object[]> withPerson(String tokenHash);

	List<ApiToken> findByUsernameOrderByCreatedAtDesc(String username);

	List<ApiToken> findAllByOrderByCreatedAtDesc();

	/**
	 * A person with their unit and department in one query (a provider's token names
	 * them).
	 */
	@Query("select u from AppUser u left join fetch u.unit n left join fetch n.department left join fetch u.department"
			+ " where u.username = :username")
	Optional<AppUser> personOf(String username);

}
