-- Issue 15: signing a decision with the signer's own USB token through the local signing service on the signer's
-- PC (the way VGCA's service works): the page hands the service a one-time address to fetch the PDF and another to
-- send the signed file back. Only the SHA-256 of the session's secret is kept; the file fetched is recorded by its
-- hash, so that what comes back must be exactly that file with signatures appended.
CREATE TABLE signing_session (
    secret_hash   VARCHAR(64)  PRIMARY KEY,
    decision_id   BIGINT       NOT NULL REFERENCES award_decision (id),
    username      VARCHAR(100) NOT NULL,
    file_sha256   VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    expires_at    TIMESTAMP    NOT NULL,
    fetched_at    TIMESTAMP,
    completed_at  TIMESTAMP
);
CREATE INDEX signing_session_decision ON signing_session (decision_id);
