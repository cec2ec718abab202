-- Each new anchor names the anchor taken before it and its digest covers that anchor's digest, so
-- whoever keeps the newest digest holds every anchor before it; a publication's anchor then lists only
-- the chain heads no anchor lists yet, not every chain changed since the day's anchor again
-- (docs/decisions.md, "Audit sealed with a keyed MAC and anchored in public"). Older anchors keep
-- their digests and name no predecessor.
alter table audit_anchor add column previous_id bigint;
alter table audit_anchor add column previous_digest varchar(64);
-- One successor per anchor: a fork would be an error, not a silent second branch (older anchors: NULL).
create unique index ux_audit_anchor_previous on audit_anchor (previous_id);

-- Anchors are taken one after another, so that two never name the same predecessor: the row each
-- anchoring transaction locks first (the anchor tables refuse the application UPDATE on PostgreSQL,
-- and with it SELECT ... FOR UPDATE).
create table audit_anchor_turn (
    id integer primary key
);
insert into audit_anchor_turn (id) values (1);

-- "Does an anchor list this head yet?" for every chain at each publication: by chain and sequence.
create index ix_audit_anchor_entry_head on audit_anchor_entry (disclosure_id, seq);
drop index ix_audit_anchor_entry_disclosure;
