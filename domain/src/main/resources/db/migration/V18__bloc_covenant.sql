-- The bloc's covenant of a year (giao ước thi đua), drafted by the head, acknowledged by each member's leader.
CREATE SEQUENCE bloc_covenant_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE bloc_covenant (
    id            BIGINT        PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    bloc_id       BIGINT        NOT NULL REFERENCES bloc (id),
    covenant_year INTEGER       NOT NULL,
    content       VARCHAR(20000) NOT NULL,
    drafted_by    VARCHAR(64)   NOT NULL,
    drafted_at    TIMESTAMP     NOT NULL,
    UNIQUE (bloc_id, covenant_year)
);
CREATE TABLE bloc_covenant_signature (
    covenant_id BIGINT       NOT NULL REFERENCES bloc_covenant (id) ON DELETE CASCADE,
    unit_id     BIGINT       NOT NULL REFERENCES org_unit (id),
    signed_by   VARCHAR(64)  NOT NULL,
    signer_name VARCHAR(200) NOT NULL,
    signed_at   TIMESTAMP    NOT NULL,
    PRIMARY KEY (covenant_id, unit_id)
);
