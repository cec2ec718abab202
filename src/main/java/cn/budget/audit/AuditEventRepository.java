package cn.budget.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * Read only: events are appended by {@link AuditEventRows}; there is no way to change or
 * delete an audit event through the application.
 */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

	List<AuditEvent> findByDisclosureIdOrderBySeq(Long disclosureId);

}
