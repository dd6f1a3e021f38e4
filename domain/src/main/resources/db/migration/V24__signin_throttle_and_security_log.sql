-- Failed sign-ins counted per account name and per client address (issue 14): the throttle's state lives in the
-- database, so that every server of a cluster sees the same counts and an administrator's unlock applies to all.
-- An attempt is charged before its password is checked and refunded when it was right. Rows whose last failure
-- is older than the lockout are dead weight and removed periodically.
CREATE TABLE signin_failure (
    kind            VARCHAR(8)  NOT NULL CHECK (kind IN ('ACCOUNT', 'ADDRESS')),
    subject         VARCHAR(64) NOT NULL,
    failures        INTEGER     NOT NULL CHECK (failures >= 0),
    last_failure_at TIMESTAMP,
    PRIMARY KEY (kind, subject)
);
CREATE INDEX signin_failure_last_idx ON signin_failure (last_failure_at);

-- The security log: lockouts, unlocks, API tokens created and revoked; who, what, when, from where. Append-only.
CREATE SEQUENCE security_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE security_event (
    id          BIGINT PRIMARY KEY,
    occurred_at TIMESTAMP    NOT NULL,
    kind        VARCHAR(32)  NOT NULL CHECK (kind IN ('ACCOUNT_LOCKED', 'ADDRESS_LOCKED', 'ACCOUNT_UNLOCKED',
                                                      'ADDRESS_UNLOCKED', 'TOKEN_CREATED', 'TOKEN_REVOKED')),
    actor       VARCHAR(64),
    subject     VARCHAR(64)  NOT NULL,
    address     VARCHAR(64),
    until_at    TIMESTAMP,
    detail      VARCHAR(100)
);
CREATE INDEX security_event_occurred_idx ON security_event (occurred_at DESC, id DESC);

CREATE FUNCTION security_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'security_event is append-only';
END;
$$;
CREATE TRIGGER security_event_append_only
    BEFORE UPDATE OR DELETE ON security_event
    FOR EACH ROW EXECUTE FUNCTION security_event_is_append_only();
