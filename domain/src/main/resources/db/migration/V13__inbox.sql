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
CREATE INDEX inbox_task_proposal_idx ON inbox_task (proposal_id);
-- The title filter asks "does the dossier have a nominee with this title".
CREATE INDEX proposal_nominee_title_idx ON proposal_nominee (title_id, proposal_id);

-- Who sees a task, one row per audience: 'user:<assignee>' while somebody holds it, else one row per candidate
-- group (ROLE@UNIT). The visibility rule "held by me, or offered to my groups and held by nobody" becomes
-- "audience = ANY(my audiences)", one btree: the page is an ordered index scan with LIMIT per audience and the
-- counts are index-only scans, instead of an OR over two indexes that made PostgreSQL scan the whole table.
-- The columns the filters and counts need are copied here so that they are answered from the index alone.
-- Kept by the trigger below on every write to inbox_task, in the same transaction (the engine's listener, the
-- backfill and any repair script alike).
CREATE TABLE inbox_audience (
    audience    VARCHAR(255) NOT NULL,
    task_id     VARCHAR(64)  NOT NULL REFERENCES inbox_task (task_id) ON DELETE CASCADE,
    due_at      TIMESTAMP,
    created_at  TIMESTAMP    NOT NULL,
    returned    BOOLEAN      NOT NULL,
    proposal_id BIGINT,
    unit_code   VARCHAR(64),
    movement_id BIGINT,
    PRIMARY KEY (task_id, audience)
);
-- Sorted by due date (the page's default order) and covering the counts and filters.
CREATE INDEX inbox_audience_due_idx ON inbox_audience (audience, due_at NULLS LAST, created_at DESC, task_id)
    INCLUDE (returned, proposal_id, unit_code, movement_id);
-- Sorted by reception ("newest first").
CREATE INDEX inbox_audience_received_idx ON inbox_audience (audience, created_at DESC, task_id);

CREATE FUNCTION inbox_audience_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM inbox_audience WHERE task_id = OLD.task_id;
    END IF;
    INSERT INTO inbox_audience (audience, task_id, due_at, created_at, returned, proposal_id, unit_code, movement_id)
    SELECT DISTINCT a.audience, NEW.task_id, NEW.due_at, NEW.created_at, NEW.returned, NEW.proposal_id,
           NEW.unit_code, NEW.movement_id
    FROM unnest(CASE WHEN NEW.assignee IS NOT NULL THEN ARRAY['user:' || NEW.assignee]::varchar[]
                     ELSE NEW.candidate_groups END) AS a(audience)
    WHERE a.audience IS NOT NULL;
    RETURN NULL;
END
$$;
CREATE TRIGGER inbox_audience_insert AFTER INSERT ON inbox_task
    FOR EACH ROW EXECUTE FUNCTION inbox_audience_sync();
CREATE TRIGGER inbox_audience_update AFTER UPDATE OF assignee, candidate_groups, due_at, created_at, returned,
        proposal_id, unit_code, movement_id ON inbox_task
    FOR EACH ROW EXECUTE FUNCTION inbox_audience_sync();

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
