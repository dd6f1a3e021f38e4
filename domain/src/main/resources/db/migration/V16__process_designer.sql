-- Who deployed each version from the process designer, when, and why (the engine's deployment has a time but no
-- author or note). Versions deployed by the application at start-up have no row.
CREATE TABLE process_deployment_note (
    deployment_id VARCHAR(64)   PRIMARY KEY,
    process_key   VARCHAR(255)  NOT NULL,
    deployed_by   VARCHAR(64)   NOT NULL,
    deployed_at   TIMESTAMP     NOT NULL,
    note          VARCHAR(1000)
);

-- The designer's work in progress, one draft per process, shared by the administrators: saved without the deploy
-- checks (a draft may be unfinished), never seen by the engine.
CREATE TABLE process_draft (
    process_key VARCHAR(255) PRIMARY KEY,
    xml         TEXT         NOT NULL,
    based_on    VARCHAR(64),
    saved_by    VARCHAR(64)  NOT NULL,
    saved_at    TIMESTAMP    NOT NULL
);

-- Every migration of running instances from one version to another: who, when, which instances (all-or-nothing:
-- a row means the whole batch moved). Append-only, like the proposals' history.
CREATE TABLE process_migration (
    id                    BIGSERIAL     PRIMARY KEY,
    source_definition_id  VARCHAR(64)   NOT NULL,
    target_definition_id  VARCHAR(64)   NOT NULL,
    instance_count        INTEGER       NOT NULL,
    business_keys         TEXT          NOT NULL,
    migrated_by           VARCHAR(64)   NOT NULL,
    migrated_at           TIMESTAMP     NOT NULL
);
CREATE FUNCTION process_migration_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'process_migration is append-only';
END
$$;
CREATE TRIGGER process_migration_append_only BEFORE UPDATE OR DELETE ON process_migration
    FOR EACH ROW EXECUTE FUNCTION process_migration_append_only();
