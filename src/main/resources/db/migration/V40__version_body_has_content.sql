-- V39 let a version body keep its parts as text (stored before) or deflated (stored since): a row with
-- neither would be a version that can no longer be read, so the database refuses it.
alter table version_body add constraint version_body_has_content check (body is not null or packed is not null);
