-- The bloc's reviews of a year (sơ kết, tổng kết) against a movement's criteria: members' scores (self and peer),
-- the consolidated ranking, and the meeting's acclamation ballot (counts only: no voter is stored anywhere).
CREATE SEQUENCE bloc_review_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE bloc_review (
    id               BIGINT       PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    bloc_id          BIGINT       NOT NULL REFERENCES bloc (id),
    review_year      INTEGER      NOT NULL,
    kind             VARCHAR(16)  NOT NULL CHECK (kind IN ('MID_YEAR', 'YEAR_END')),
    movement_id      BIGINT       NOT NULL REFERENCES movement (id),
    status           VARCHAR(16)  NOT NULL CHECK (status IN ('SCORING', 'CONSOLIDATED', 'VOTED', 'PROPOSED')),
    opened_by        VARCHAR(64)  NOT NULL,
    opened_at        TIMESTAMP    NOT NULL,
    leading_unit_id  BIGINT       REFERENCES org_unit (id),
    ballot_members   INTEGER,
    ballot_present   INTEGER,
    ballot_for       INTEGER,
    -- One review of each kind per bloc and year: opening it twice is refused by the database too.
    UNIQUE (bloc_id, review_year, kind)
);

CREATE TABLE bloc_score (
    review_id           BIGINT        NOT NULL REFERENCES bloc_review (id) ON DELETE CASCADE,
    round               VARCHAR(8)    NOT NULL CHECK (round IN ('SELF', 'PEER')),
    scorer_unit_id      BIGINT        NOT NULL REFERENCES org_unit (id),
    scored_unit_id      BIGINT        NOT NULL REFERENCES org_unit (id),
    criterion_position  INTEGER       NOT NULL,
    score               NUMERIC(6, 2) NOT NULL CHECK (score >= 0),
    PRIMARY KEY (review_id, round, scorer_unit_id, scored_unit_id, criterion_position),
    -- Self scores are a unit's own, peer scores never are.
    CHECK ((round = 'SELF') = (scorer_unit_id = scored_unit_id))
);

CREATE TABLE bloc_ranking (
    review_id    BIGINT        NOT NULL REFERENCES bloc_review (id) ON DELETE CASCADE,
    unit_id      BIGINT        NOT NULL REFERENCES org_unit (id),
    self_score   NUMERIC(6, 2) NOT NULL,
    peer_score   NUMERIC(6, 2) NOT NULL,
    final_score  NUMERIC(6, 2) NOT NULL,
    rank         INTEGER       NOT NULL,
    PRIMARY KEY (review_id, unit_id)
);

-- How the bloc weighs and decides (provincial practice), as rule-set parameters: the self score's share of the
-- final score, the ballot's quorum and threshold, and how many units after the leading one get a Bằng khen.
INSERT INTO rule_set_parameter (rule_set_id, name, value)
SELECT r.id, p.name, p.value
FROM rule_set r
CROSS JOIN (VALUES ('bloc_review.self_weight_percent', 30), ('bloc_review.quorum_percent', 67),
                   ('bloc_review.threshold_percent_of_present', 50), ('bloc_review.bang_khen_count', 2)) AS p (name, value);
