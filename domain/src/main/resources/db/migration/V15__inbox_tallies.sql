-- How many open tasks (and returned ones) each audience has, so that the inbox's unfiltered counts read one row per
-- audience instead of counting the audience's index entries on every render (with 10,000 tasks offered to a unit's
-- heads that count was two thirds of a render's database time).
--
-- A plain counter row updated by every task change would make concurrent completions of the same group wait on
-- that row, and deadlock when two transactions touch two groups in opposite orders (a return to the clerks beside a
-- resubmission to the heads). So writers only append their changes to inbox_audience_change (no row is shared), a
-- reader adds the audience's tally to its pending changes in one statement, and InboxTallies.compact folds the
-- changes into the tallies in one atomic statement every half minute.
CREATE TABLE inbox_audience_tally (
    audience       VARCHAR(255) PRIMARY KEY,
    open_tasks     BIGINT       NOT NULL,
    returned_tasks BIGINT       NOT NULL
);

CREATE TABLE inbox_audience_change (
    audience       VARCHAR(255) NOT NULL,
    open_delta     INTEGER      NOT NULL,
    returned_delta INTEGER      NOT NULL
);
CREATE INDEX inbox_audience_change_idx ON inbox_audience_change (audience) INCLUDE (open_delta, returned_delta);

CREATE FUNCTION inbox_audience_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO inbox_audience_change VALUES (NEW.audience, 1, CASE WHEN NEW.returned THEN 1 ELSE 0 END);
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO inbox_audience_change VALUES (OLD.audience, -1, CASE WHEN OLD.returned THEN -1 ELSE 0 END);
    ELSE
        INSERT INTO inbox_audience_change VALUES (OLD.audience, -1, CASE WHEN OLD.returned THEN -1 ELSE 0 END),
                                                 (NEW.audience, 1, CASE WHEN NEW.returned THEN 1 ELSE 0 END);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER inbox_audience_count AFTER INSERT OR DELETE OR UPDATE OF audience, returned ON inbox_audience
    FOR EACH ROW EXECUTE FUNCTION inbox_audience_count();

-- The tasks open when this migration runs.
INSERT INTO inbox_audience_tally (audience, open_tasks, returned_tasks)
SELECT audience, count(*), count(*) FILTER (WHERE returned) FROM inbox_audience GROUP BY audience;
