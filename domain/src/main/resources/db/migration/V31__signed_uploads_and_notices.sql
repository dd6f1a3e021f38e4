-- Issue 15: a signed PDF uploaded to a dossier shows who signed it and whether the signature is intact (read by
-- the independent validator at upload: signer and intact flag, one line each); and the documents generated for a
-- decision besides itself (the notice to those not commended), numbered once and kept.
ALTER TABLE attachment ADD COLUMN signatures VARCHAR(2000);

CREATE TABLE decision_document (
    decision_id  BIGINT       NOT NULL REFERENCES award_decision (id),
    kind         VARCHAR(32)  NOT NULL CHECK (kind IN ('REFUSAL_NOTICE')),
    number_id    BIGINT       NOT NULL UNIQUE REFERENCES document_number (id),
    content      BYTEA        NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    generated_at TIMESTAMP    NOT NULL,
    PRIMARY KEY (decision_id, kind)
);
