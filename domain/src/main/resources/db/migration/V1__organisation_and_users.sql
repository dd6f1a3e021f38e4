-- Organisation units and the people who sign in.
-- EclipseLink hands out ids in blocks of 50 ending at the value nextval returns, so each sequence starts at 50.
CREATE SEQUENCE org_unit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE org_unit (
    id   BIGINT PRIMARY KEY,
    code VARCHAR(32)  NOT NULL UNIQUE,
    name VARCHAR(255) NOT NULL
);

CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE app_user (
    id            BIGINT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL UNIQUE,
    full_name     VARCHAR(200) NOT NULL,
    position      VARCHAR(200),
    unit_id       BIGINT       NOT NULL REFERENCES org_unit (id),
    password_hash VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE
);
CREATE INDEX app_user_unit_idx ON app_user (unit_id);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    VARCHAR(32) NOT NULL CHECK (role IN ('CLERK', 'UNIT_LEADER', 'ADMIN')),
    PRIMARY KEY (user_id, role)
);
