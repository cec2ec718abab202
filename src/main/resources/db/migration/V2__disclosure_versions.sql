-- Immutable snapshots: one per submission (version n) and per publication (published version m).
create sequence disclosure_version_seq start with 1 increment by 1;

create table disclosure_version (
    id bigint primary key,
    disclosure_id bigint not null references disclosure (id),
    kind varchar(16) not null,
    number integer not null,
    content_version bigint not null,
    frozen_at timestamp(6) with time zone not null,
    frozen_by varchar(64) not null,
    note varchar(20000),
    content varchar(10000000) not null,
    constraint uk_disclosure_version unique (disclosure_id, kind, number)
);
