package cn.budget.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUsernameOrderByCreatedAtDesc(String username);

	List<ApiToken> findAllByOrderByCreatedAtDesc();

	/** A person with their unit and department in one query: the Bearer path's only other read. */
	@Query("select u from AppUser u left join fetch u.unit n left join fetch n.department left join fetch u.department"
			+ " where u.username = :username")
	Optional<AppUser> personOf(String username);

	/** Notes a use unless a newer one is noted already (another request, another node). */
	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :at)")
	int used(long id, Instant at);

}
