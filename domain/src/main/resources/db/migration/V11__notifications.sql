-- Notifications (thông báo) shown under the bell and mailed; and the e-mail address mails go to.
ALTER TABLE app_user ADD COLUMN email VARCHAR(254);

CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification (
    id              BIGINT PRIMARY KEY,
    recipient       VARCHAR(64)   NOT NULL,
    kind            VARCHAR(32)   NOT NULL
        CHECK (kind IN ('NEW_TASK', 'RETURNED', 'APPROVED', 'REMINDER', 'ESCALATION', 'DECISION')),
    proposal_id     BIGINT        NOT NULL REFERENCES proposal (id),
    proposal_number VARCHAR(40)   NOT NULL,
    message_key     VARCHAR(100)  NOT NULL,
    arguments       VARCHAR(2000) NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    read_at         TIMESTAMP
);
-- The bell asks on every page: "how many unread for me" and "my latest ten".
CREATE INDEX notification_recipient_read_idx ON notification (recipient, read_at);
CREATE INDEX notification_recipient_created_idx ON notification (recipient, created_at DESC);
CREATE INDEX notification_proposal_idx ON notification (proposal_id);

