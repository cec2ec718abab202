-- The public portal's list: one row per published disclosure with what the list shows of its newest
-- published version (written with the version, in the publication's transaction), so that /public
-- reads one page of small rows by index instead of every publication's content.
create table portal_entry (
    disclosure_id bigint primary key references disclosure (id),
    department_code varchar(32) not null,
    fiscal_year integer not null,
    template_code varchar(32) not null,
    title varchar(500) not null,
    department_name varchar(200) not null,
    round_id bigint,
    published_version integer not null,
    published_at timestamp(6) with time zone not null,
    first_published_at timestamp(6) with time zone not null
);
-- The list's order (newest year first, then department) and its two filters.
create index ix_portal_entry_year on portal_entry (fiscal_year desc, department_code, disclosure_id);
create index ix_portal_entry_department on portal_entry (department_code, fiscal_year desc);
-- Finding each disclosure's newest published version (the list's rows and stored files are checked
-- against them at start and after failed renders) without reading the versions' contents.
create index ix_disclosure_version_kind on disclosure_version (kind, disclosure_id, number);
