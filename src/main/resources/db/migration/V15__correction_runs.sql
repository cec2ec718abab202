-- A correction run of a published disclosure gets its own deadline, kept like a round's.
alter table review_round add column correction boolean not null default false;
