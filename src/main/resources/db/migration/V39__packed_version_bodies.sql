-- A version body is stored deflated by the application (cn.budget.disclosure.VersionContents): the
-- JSON of a seed-size disclosure's parts (351 KB) deflates to 36 KB where PostgreSQL's own compression
-- of the text stored 63 KB. Bodies stored before stay text in body; a body has one of the two.
alter table version_body add column packed bytea;
alter table version_body alter column body drop not null;
