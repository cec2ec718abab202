package cn.budget.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInCounterRepository extends JpaRepository<SignInCounter, Long> {

	Optional<SignInCounter> findByKindAndSubject(SignInCounter.Kind kind, String subject);

	/**
	 * The counter, locked against the other nodes' failures until the transaction ends.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from SignInCounter c where c.kind = :kind and c.subject = :subject")
	Optional<SignInCounter> lock(SignInCounter.Kind kind, String subject);

	List<SignInCounter> findByLastFailureAtAfterOrLockedUntilAfterOrderByLastFailureAtDesc(Instant since, Instant now);

	/** Forgets counters of old failures that lock nothing any more. */
	@Modifying
	@Query("delete from SignInCounter c where c.lastFailureAt < :before and (c.lockedUntil is null or c.lockedUntil < :now)")
	int deleteOutdated(Instant before, Instant now);

}
