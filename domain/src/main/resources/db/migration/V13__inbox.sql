-- The inbox (hộp công việc) as a table: one row per open user task, written by the engine's own task listeners in
-- the engine's transaction (InboxProjectionListener), so that a user's page of tasks, its filters and its counts
-- are one indexed query instead of an engine query joined in memory. No foreign keys: the row follows the engine's
-- task, whose tables we do not own, and engine tests open tasks for proposals that were never stored.
CREATE TABLE inbox_task (
    task_id             VARCHAR(64)    PRIMARY KEY,
    task_key            VARCHAR(255)   NOT NULL,
    task_name           VARCHAR(255),
    process_instance_id VARCHAR(64)    NOT NULL,
    proposal_id         BIGINT,
    proposal_number     VARCHAR(255),
    -- The proposing unit (process variable unitCode), also for board tasks offered to APPRAISER@BAN_TDKT.
    unit_code           VARCHAR(64),
    -- Groups written ROLE@UNITCODE; a task is offered to a group only while nobody holds it (as in the engine).
    candidate_groups    VARCHAR(255)[] NOT NULL DEFAULT '{}',
    assignee            VARCHAR(255),
    created_at          TIMESTAMP      NOT NULL,
    due_at              TIMESTAMP,
    lead_nominee_name   VARCHAR(200),
    movement_id         BIGINT,
    -- The task handles a returned dossier: its revision or supplement, or the second look after it.
    returned            BOOLEAN        NOT NULL DEFAULT FALSE
);
-- "Offered to my groups and unassigned" and "assigned to me": the two halves of every inbox query.
CREATE INDEX inbox_task_groups_idx ON inbox_task USING GIN (candidate_groups) WHERE assignee IS NULL;
CREATE INDEX inbox_task_assignee_idx ON inbox_task (assignee, due_at) WHERE assignee IS NOT NULL;
CREATE INDEX inbox_task_proposal_idx ON inbox_task (proposal_id);
CREATE INDEX inbox_task_due_idx ON inbox_task (due_at, created_at);
-- The title filter asks "does the dossier have a nominee with this title".
CREATE INDEX proposal_nominee_title_idx ON proposal_nominee (title_id, proposal_id);

-- Tasks already open when this migration runs, read from the engine's runtime tables (created by V4).
INSERT INTO inbox_task (task_id, task_key, task_name, process_instance_id, proposal_id, proposal_number, unit_code,
                        candidate_groups, assignee, created_at, due_at, lead_nominee_name, movement_id, returned)
SELECT t.id_, t.task_def_key_, t.name_, t.proc_inst_id_, pv.long_, e.business_key_, uv.text_,
       COALESCE((SELECT array_agg(l.group_id_ ORDER BY l.group_id_) FROM act_ru_identitylink l
                 WHERE l.task_id_ = t.id_ AND l.type_ = 'candidate' AND l.group_id_ IS NOT NULL), '{}'),
       t.assignee_, t.create_time_, t.due_date_,
       (SELECT n.full_name FROM proposal_nominee n WHERE n.proposal_id = pv.long_ ORDER BY n.position LIMIT 1),
       p.movement_id,
       t.task_def_key_ IN ('Task_ReviseProposal', 'Task_Supplement', 'Task_ReceptionAfterSupplement')
           OR (t.task_def_key_ = 'Task_UnitHeadReview' AND EXISTS (SELECT 1 FROM proposal_event ev
               WHERE ev.proposal_id = pv.long_ AND ev.action = 'RETURNED'))
FROM act_ru_task t
JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
LEFT JOIN act_ru_variable pv ON pv.execution_id_ = t.proc_inst_id_ AND pv.name_ = 'proposalId'
LEFT JOIN act_ru_variable uv ON uv.execution_id_ = t.proc_inst_id_ AND uv.name_ = 'unitCode'
LEFT JOIN proposal p ON p.id = pv.long_;

-- A user's inbox filters: the last one used (name '') restored when the inbox opens, and named ones saved.
CREATE TABLE inbox_filter (
    username    VARCHAR(64)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    unit_code   VARCHAR(64),
    title_id    BIGINT,
    movement_id BIGINT,
    due_before  DATE,
    quick       VARCHAR(16)  NOT NULL DEFAULT 'ALL' CHECK (quick IN ('ALL', 'OVERDUE', 'DUE_SOON', 'RETURNED')),
    sort        VARCHAR(16)  NOT NULL DEFAULT 'DUE' CHECK (sort IN ('DUE', 'RECEIVED')),
    saved_at    TIMESTAMP    NOT NULL,
    PRIMARY KEY (username, name)
);
