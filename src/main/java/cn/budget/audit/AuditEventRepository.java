package cn.budget.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * Append and read only: there is no way to change or delete an audit event through the
 * application.
 */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

	<S extends AuditEvent> List<S> saveAll(Iterable<S> events);

	List<AuditEvent> findByDisclosureIdOrderBySeq(Long disclosureId);

}
