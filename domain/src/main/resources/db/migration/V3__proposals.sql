-- Commendation proposals and their append-only history.
CREATE SEQUENCE proposal_seq START WITH 50 INCREMENT BY 50;
-- Proposal numbers are drawn from their own sequence so that ids stay an implementation detail.
CREATE SEQUENCE proposal_number_seq;
CREATE TABLE proposal (
    id                  BIGINT PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    number              VARCHAR(40)   NOT NULL UNIQUE,
    unit_id             BIGINT        NOT NULL REFERENCES org_unit (id),
    status              VARCHAR(32)   NOT NULL
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED_AT_UNIT')),
    nominee_full_name   VARCHAR(200)  NOT NULL,
    nominee_position    VARCHAR(200)  NOT NULL,
    title_id            BIGINT        NOT NULL REFERENCES title (id),
    achievement_summary VARCHAR(4000) NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    created_at          TIMESTAMP     NOT NULL,
    submitted_at        TIMESTAMP,
    return_reason       VARCHAR(2000)
);
CREATE INDEX proposal_unit_status_idx ON proposal (unit_id, status);

CREATE SEQUENCE proposal_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE proposal_event (
    id             BIGINT PRIMARY KEY,
    proposal_id    BIGINT       NOT NULL REFERENCES proposal (id),
    occurred_at    TIMESTAMP    NOT NULL,
    actor_username VARCHAR(64)  NOT NULL,
    actor_name     VARCHAR(200) NOT NULL,
    action         VARCHAR(32)  NOT NULL,
    comment        VARCHAR(2000)
);
CREATE INDEX proposal_event_proposal_idx ON proposal_event (proposal_id, occurred_at);

-- History is evidence: once written, a line is never changed or removed.
CREATE FUNCTION proposal_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'proposal_event is append-only';
END;
$$;
CREATE TRIGGER proposal_event_append_only
    BEFORE UPDATE OR DELETE ON proposal_event
    FOR EACH ROW EXECUTE FUNCTION proposal_event_is_append_only();
