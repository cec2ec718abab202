package cn.budget.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUsernameOrderByCreatedAtDesc(String username);

	List<ApiToken> findAllByOrderByCreatedAtDesc();

	/**
	 * A person with their unit and department in one query: the Bearer path's only other
	 * read.
	 */
	@Query("select u from AppUser u left join fetch u.unit n left join fetch n.department left join fetch u.department"
			+ " where u.username = :username")
	Optional<AppUser> personOf(String username);

}
