-- Notifications about a bloc's review (a review opened for scoring, the head's consolidation or ballot waiting):
-- they point at the review instead of a dossier, so a notification names exactly one of the two.
ALTER TABLE notification ALTER COLUMN proposal_id DROP NOT NULL;
ALTER TABLE notification ADD COLUMN bloc_review_id BIGINT REFERENCES bloc_review (id);
ALTER TABLE notification ADD CONSTRAINT notification_one_subject
    CHECK ((proposal_id IS NULL) <> (bloc_review_id IS NULL));
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
    CHECK (kind IN ('NEW_TASK', 'RETURNED', 'APPROVED', 'REMINDER', 'ESCALATION', 'DECISION', 'BLOC_REVIEW'));
CREATE INDEX notification_bloc_review_idx ON notification (bloc_review_id) WHERE bloc_review_id IS NOT NULL;
