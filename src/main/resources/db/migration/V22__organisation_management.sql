-- Organisation management (issue 11): departments and units are deactivated, never deleted (history
-- names them); they carry 单位性质 and 经费形式 as enum names. People get a phone number, and an
-- imported person has no password until one is set. Same statements on H2 and PostgreSQL.
alter table department add column active boolean default true not null;
alter table department add column nature varchar(32);
alter table department add column funding_form varchar(32);

alter table org_unit add column active boolean default true not null;
alter table org_unit add column nature varchar(32);
alter table org_unit add column funding_form varchar(32);

alter table app_user add column phone varchar(32);
alter table app_user alter column password_hash drop not null;
