-- Provenance of a value: TABLE or TEXT when an import placed it (TEXT with the sentence it was read
-- from and its line), TYPED when a drafter typed or changed it; null for values stored before.
alter table section_field add column origin varchar(8);
alter table section_field add column source_text varchar(1000);
alter table section_field add column source_line integer;
alter table table_header add column origin varchar(8);
alter table table_header add column source_text varchar(1000);
alter table table_header add column source_line integer;
alter table table_cell add column origin varchar(8);
alter table table_cell add column source_text varchar(1000);
alter table table_cell add column source_line integer;
