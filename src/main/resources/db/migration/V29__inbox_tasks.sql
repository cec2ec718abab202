-- The inbox's own copy of the open tasks of the disclosure route (docs/decisions.md, "The inbox reads a
-- projection"): one row per task and candidate group, written by task listeners in the engine's own
-- transaction, so that a caller's inbox is one indexed query instead of every task and its variables.
-- candidate_group is '' for a task without candidate groups; exactly one row per task is primary_row.
-- due_sort is the due date, or far in the future for tasks without one, so that "soonest due first"
-- reads an index in the same order on H2 and PostgreSQL (their NULL orders differ).
create table inbox_task (
    task_id varchar(64) not null,
    candidate_group varchar(32) not null,
    primary_row boolean not null,
    process_instance_id varchar(64) not null,
    disclosure_id bigint not null,
    department_code varchar(32) not null,
    unit_code varchar(32),
    task_key varchar(255) not null,
    name varchar(255),
    assignee varchar(255),
    created_at timestamp(6) with time zone not null,
    due_at timestamp(6) with time zone,
    due_sort timestamp(6) with time zone not null,
    round_id bigint,
    fiscal_year integer,
    primary key (task_id, candidate_group)
);

-- Finance bureau roles: their group's tasks in every department, soonest due first.
create index ix_inbox_task_group_due on inbox_task (candidate_group, due_sort, created_at, task_id);
-- Department roles: their group's tasks in their department.
create index ix_inbox_task_group_department on inbox_task (candidate_group, department_code, due_sort, created_at, task_id);
-- Administrators: every task once.
create index ix_inbox_task_primary_due on inbox_task (primary_row, due_sort, created_at, task_id);
create index ix_inbox_task_assignee on inbox_task (assignee);
create index ix_inbox_task_disclosure on inbox_task (disclosure_id);
