-- Personal API tokens (issue 14): a program calls the REST API with "Authorization: Bearer <secret>" as the
-- token's owner. Only the secret's SHA-256 digest is stored; it is also how a call finds its token.
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE api_token (
    id            BIGINT PRIMARY KEY,
    owner_id      BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name          VARCHAR(100) NOT NULL,
    secret_digest VARCHAR(64)  NOT NULL UNIQUE,
    created_at    TIMESTAMP    NOT NULL,
    expires_at    TIMESTAMP    NOT NULL,
    last_used_at  TIMESTAMP,
    revoked_at    TIMESTAMP,
    CHECK (expires_at > created_at)
);
CREATE INDEX api_token_owner_idx ON api_token (owner_id, created_at DESC);
