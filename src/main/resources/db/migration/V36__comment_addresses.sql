-- A comment's place is one content address in its text form (cn.budget.disclosure.ContentAddress):
-- the part, the part's table by stored id, the table's row by stored id, e.g.
-- procurement:table:~7:row:~42. Null for a comment on the whole document.
alter table review_comment add column anchor_address varchar(300);
update review_comment set anchor_address = case
        when table_id is null then part_key
        when row_id is null then part_key || ':table:~' || cast(table_id as varchar(20))
        else part_key || ':table:~' || cast(table_id as varchar(20)) || ':row:~' || cast(row_id as varchar(20))
    end
    where part_key is not null;
alter table review_comment drop column part_key;
alter table review_comment drop column table_id;
alter table review_comment drop column row_id;
