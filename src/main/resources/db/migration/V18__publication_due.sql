-- The last day a disclosure is to be published on: its round's, or its correction run's while one is
-- open. Stored with the disclosure so the checks need not know rounds; earlier rows get the default
-- 20 days after approval.
alter table disclosure add column publication_due date;
update disclosure set publication_due = approval_date + interval '20' day where approval_date is not null;
