package cn.budget.template;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TemplateRepository extends JpaRepository<TemplateEntity, Long> {

	Optional<TemplateEntity> findByCodeAndVersion(String code, int version);

	// A query string, not derived: Hibernate caches its plan (every new draft asks).
	@Query("select t from TemplateEntity t where t.code = ?1 order by t.version desc")
	List<TemplateEntity> findByCodeOrderByVersionDesc(String code);

}
