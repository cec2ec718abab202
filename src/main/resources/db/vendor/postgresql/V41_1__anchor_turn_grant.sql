-- PostgreSQL only: every anchoring transaction locks the row of audit_anchor_turn (SELECT ... FOR UPDATE
-- needs UPDATE), also where the application's role (${appRole}) gets its privileges table by table
-- rather than through the owner's default privileges (docs/operations.md).
grant select, update on audit_anchor_turn to "${appRole}";
