-- The audit trail (issue 4): each history line says in which role the actor acted and from which process step;
-- the board's record of a state-level form's public notice; the system's own action on an expired supplement.
ALTER TABLE proposal_event ADD COLUMN actor_role VARCHAR(32);
ALTER TABLE proposal_event ADD COLUMN task_key VARCHAR(64);
ALTER TABLE proposal ADD COLUMN public_notice_comments VARCHAR(2000);

-- Lines written before this migration: the role is the one the action is always taken in (decisions excepted).
-- proposal_event refuses UPDATE (append-only), so the trigger is lifted for this one backfill only.
ALTER TABLE proposal_event DISABLE TRIGGER proposal_event_append_only;
UPDATE proposal_event SET actor_role = CASE action
    WHEN 'CREATED' THEN 'CLERK' WHEN 'UPDATED' THEN 'CLERK' WHEN 'SUBMITTED' THEN 'CLERK'
    WHEN 'RESUBMITTED' THEN 'CLERK' WHEN 'ATTACHMENT_ADDED' THEN 'CLERK' WHEN 'ATTACHMENT_REMOVED' THEN 'CLERK'
    WHEN 'RETURNED' THEN 'UNIT_LEADER' WHEN 'APPROVED_AT_UNIT' THEN 'UNIT_LEADER' WHEN 'REJECTED_AT_UNIT' THEN 'UNIT_LEADER'
    END;
ALTER TABLE proposal_event ENABLE TRIGGER proposal_event_append_only;
