-- A frozen version's parts (nearly all of its size) are stored once per disclosure and distinct
-- content: a publication freezes the same parts as the submission it approves. The version's own
-- row keeps its heading (state, stamps) in content; rows frozen before hold the whole document
-- there and have no body.
create table version_body (
    disclosure_id bigint not null references disclosure (id),
    sha256 varchar(64) not null,
    body varchar(10000000) not null,
    primary key (disclosure_id, sha256)
);
alter table disclosure_version add column body_sha256 varchar(64);
