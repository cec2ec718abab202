-- A password set by an administrator is only a first one: its owner must choose their own at first sign-in.
alter table app_user add column must_change_password boolean default false not null;
