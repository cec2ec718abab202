package cn.budget.template;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateRepository extends JpaRepository<TemplateEntity, Long> {

	Optional<TemplateEntity> findByCodeAndVersion(String code, int version);

	List<TemplateEntity> findByCodeOrderByVersionDesc(String code);

}
