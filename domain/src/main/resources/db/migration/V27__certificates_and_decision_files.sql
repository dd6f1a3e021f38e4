-- Issue 15: certificates anyone can verify, the blanks they are printed on, and the decision's files.

-- One certificate per award of a numbered decision, with the unguessable code its QR code carries to the public
-- verification page (never an id: 128 random bits, base32).
CREATE SEQUENCE award_certificate_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE award_certificate (
    id          BIGINT PRIMARY KEY,
    award_id    BIGINT      NOT NULL UNIQUE REFERENCES award (id),
    decision_id BIGINT      NOT NULL REFERENCES award_decision (id),
    code        VARCHAR(26) NOT NULL UNIQUE,
    issued_at   TIMESTAMP   NOT NULL
);
CREATE INDEX award_certificate_decision ON award_certificate (decision_id);

-- Every printing of a decision's certificates: the first and each reprint, by whom and when.
CREATE SEQUENCE certificate_print_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE certificate_print (
    id           BIGINT PRIMARY KEY,
    decision_id  BIGINT       NOT NULL REFERENCES award_decision (id),
    printed_by   VARCHAR(100) NOT NULL,
    printed_at   TIMESTAMP    NOT NULL,
    certificates INTEGER      NOT NULL CHECK (certificates > 0),
    reprint      BOOLEAN      NOT NULL
);
CREATE INDEX certificate_print_decision ON certificate_print (decision_id, printed_at);

-- The layout of the province's printed blank (phôi) for a title or form: where each field goes, set by an
-- administrator with a calibration print. Without one, the built-in layout of the kind of certificate is used.
CREATE SEQUENCE blank_layout_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE blank_layout (
    id          BIGINT PRIMARY KEY,
    title_id    BIGINT       NOT NULL UNIQUE REFERENCES title (id),
    layout_text TEXT         NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP    NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);

-- The decision's document as generated (and, once signed, as signed): the bytes and their SHA-256, so that a
-- signed copy returned by a signing service can be checked against exactly what was sent.
CREATE TABLE decision_file (
    decision_id  BIGINT PRIMARY KEY REFERENCES award_decision (id),
    content      BYTEA        NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    generated_at TIMESTAMP    NOT NULL,
    signed       BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at   TIMESTAMP    NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);
