-- Sign-off is bound to a submitted version: a later change sends the disclosure back for sign-off.
alter table disclosure add column signed_submission integer;
