package cn.budget.identity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordLinkRepository extends JpaRepository<PasswordLink, Long> {

	Optional<PasswordLink> findByTokenHash(String tokenHash);

	/** A new link replaces the person's earlier ones that were never used. */
	@Modifying
	@Query("delete from PasswordLink l where l.username = :username and l.usedAt is null")
	int deleteUnused(String username);

}
