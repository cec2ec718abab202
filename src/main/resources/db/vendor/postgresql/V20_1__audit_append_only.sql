-- PostgreSQL only: audit events, anchors and the legacy bound are append-only for the application.
-- The application's role (${appRole}: spring.datasource.username), the role running this migration and
-- PUBLIC lose UPDATE, DELETE and TRUNCATE (docs/operations.md, "Append-only audit tables");
-- because an owner may grant them back to itself, and a superuser ignores privileges, triggers refuse
-- them as well. The chain head (audit_chain) stays updatable: every append advances it.
-- A later migration that really must change these rows drops or disables the triggers as the owner,
-- in the open, in this directory.
revoke update, delete, truncate on audit_event, audit_anchor, audit_anchor_entry, audit_legacy_chain from public;
revoke update, delete, truncate on audit_event, audit_anchor, audit_anchor_entry, audit_legacy_chain from current_user;
revoke update, delete, truncate on audit_event, audit_anchor, audit_anchor_entry, audit_legacy_chain from "${appRole}";

create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit records are append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute procedure audit_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute procedure audit_refuse_change();
create trigger audit_anchor_append_only before update or delete on audit_anchor
    for each row execute procedure audit_refuse_change();
create trigger audit_anchor_no_truncate before truncate on audit_anchor
    for each statement execute procedure audit_refuse_change();
create trigger audit_anchor_entry_append_only before update or delete on audit_anchor_entry
    for each row execute procedure audit_refuse_change();
create trigger audit_anchor_entry_no_truncate before truncate on audit_anchor_entry
    for each statement execute procedure audit_refuse_change();
create trigger audit_legacy_chain_append_only before update or delete on audit_legacy_chain
    for each row execute procedure audit_refuse_change();
create trigger audit_legacy_chain_no_truncate before truncate on audit_legacy_chain
    for each statement execute procedure audit_refuse_change();
