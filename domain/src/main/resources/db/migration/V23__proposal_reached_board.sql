-- Whether a dossier was ever sent to the provincial board: the board reads only those (issue 14). A dossier
-- decided within its unit ends DECIDED or NOT_COMMENDED too, so the status alone cannot tell.
ALTER TABLE proposal ADD COLUMN reached_board BOOLEAN NOT NULL DEFAULT FALSE;

-- Existing dossiers: at a board stage now, or an event only the board (or a bloc's sending) records.
UPDATE proposal p SET reached_board = TRUE
 WHERE p.status IN ('AT_BOARD', 'RETURNED_FOR_SUPPLEMENT', 'REFUSED_AT_BOARD', 'IN_APPRAISAL', 'AWAITING_DECISION')
    OR EXISTS (SELECT 1 FROM proposal_event ev
                WHERE ev.proposal_id = p.id
                  AND (ev.action IN ('ACCEPTED_AT_BOARD', 'REFUSED_AT_BOARD', 'RETURNED_FOR_SUPPLEMENT', 'APPRAISED',
                                     'PUBLIC_NOTICE_RECORDED', 'PROPOSED_BY_BLOC')
                       OR ev.actor_role IN ('APPRAISER', 'APPROVER')));
