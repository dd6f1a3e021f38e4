-- Evidence of a member's self-score (tài liệu minh chứng), one file per row, attached to one criterion of a bloc
-- review; the bytes in their own table, as for a dossier's attachments, so that listing never reads files.
CREATE SEQUENCE bloc_evidence_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE bloc_evidence (
    id                  BIGINT       PRIMARY KEY,
    review_id           BIGINT       NOT NULL REFERENCES bloc_review (id) ON DELETE CASCADE,
    unit_id             BIGINT       NOT NULL REFERENCES org_unit (id),
    criterion_position  INTEGER      NOT NULL,
    file_name           VARCHAR(255) NOT NULL,
    content_type        VARCHAR(100) NOT NULL,
    size_bytes          BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256              CHAR(64)     NOT NULL,
    uploaded_by         VARCHAR(64)  NOT NULL,
    uploaded_at         TIMESTAMP    NOT NULL,
    -- The same file twice for one criterion of one unit is refused by the domain and by the database.
    UNIQUE (review_id, unit_id, criterion_position, sha256)
);
CREATE INDEX bloc_evidence_review ON bloc_evidence (review_id);

CREATE TABLE bloc_evidence_content (
    evidence_id BIGINT PRIMARY KEY REFERENCES bloc_evidence (id) ON DELETE CASCADE,
    content     BYTEA  NOT NULL
);
