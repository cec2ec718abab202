-- A content change's audit event names the changed place by its content address (text form of
-- cn.budget.disclosure.ContentAddress, e.g. procurement:table:~7:row:~42:column:amount) beside the
-- readable label in field. Older events keep null: they were sealed without it (AuditSeals' v2 form).
alter table audit_event add column address varchar(300);
