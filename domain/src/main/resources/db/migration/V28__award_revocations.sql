-- Issue 15: revocation of awards (thu hồi, hủy bỏ — Law on Emulation and Commendation 2022, chapter VII): a
-- recorded act with its reason and its own number from the body's decision book; the awards it names are marked
-- in the register, and the public verification page says so.
CREATE SEQUENCE award_revocation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE award_revocation (
    id              BIGINT PRIMARY KEY,
    decision_id     BIGINT        NOT NULL REFERENCES award_decision (id),
    number_id       BIGINT        NOT NULL UNIQUE REFERENCES document_number (id),
    number_text     VARCHAR(64)   NOT NULL,
    revocation_date DATE          NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    revoked_by      VARCHAR(100)  NOT NULL,
    revoked_at      TIMESTAMP     NOT NULL
);
CREATE INDEX award_revocation_decision ON award_revocation (decision_id);
ALTER TABLE award ADD COLUMN revocation_id BIGINT REFERENCES award_revocation (id);
