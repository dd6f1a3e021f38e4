-- What an inbox task is about, recorded when the task opens (InboxProjectionListener, TaskSubject) instead of being
-- guessed from the shape of the business key: a proposal (subject_id = proposal_id) or a bloc review, for the bloc
-- head's consolidation and ballot, which have no dossier yet (subject_id = the review's id, proposal_id stays null).
-- The default keeps rows written by other hands (a repair script, the inbox benchmark) what they always were.
-- Not copied to inbox_audience: no filter or count reads it.
ALTER TABLE inbox_task
    ADD COLUMN subject_type VARCHAR(16) NOT NULL DEFAULT 'PROPOSAL'
        CHECK (subject_type IN ('PROPOSAL', 'BLOC_REVIEW')),
    ADD COLUMN subject_id   BIGINT;

-- Tasks open when this migration runs. A bloc review's process names its review in the variable reviewId, as the
-- listener reads it; a proposal's process names its proposal in proposalId, already copied to proposal_id.
UPDATE inbox_task SET subject_id = proposal_id WHERE proposal_id IS NOT NULL;
UPDATE inbox_task t SET subject_type = 'BLOC_REVIEW', subject_id = v.long_
FROM act_ru_variable v
WHERE v.execution_id_ = t.process_instance_id AND v.name_ = 'reviewId' AND t.proposal_id IS NULL;
