package cn.budget.disclosure;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisclosureVersionRepository extends JpaRepository<DisclosureVersion, Long> {

	List<DisclosureVersion> findByDisclosureIdAndKindOrderByNumber(Long disclosureId, VersionKind kind);

	Optional<DisclosureVersion> findFirstByDisclosureIdAndKindOrderByNumberDesc(Long disclosureId, VersionKind kind);

	List<DisclosureVersion> findByKindOrderByFrozenAtDesc(VersionKind kind);

	Optional<DisclosureVersion> findByDisclosureIdAndKindAndNumber(Long disclosureId, VersionKind kind, int number);

}
