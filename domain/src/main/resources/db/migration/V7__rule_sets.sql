-- Dated rule sets: the parameters of the eligibility rules, each set in force from its date until a later one.
CREATE SEQUENCE rule_set_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE rule_set (
    id             BIGINT PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    effective_from DATE         NOT NULL UNIQUE
);
CREATE TABLE rule_set_parameter (
    rule_set_id BIGINT       NOT NULL REFERENCES rule_set (id) ON DELETE CASCADE,
    name        VARCHAR(100) NOT NULL,
    value       INTEGER      NOT NULL CHECK (value >= 0),
    PRIMARY KEY (rule_set_id, name)
);

-- The law of 2022 with Decree 98/2023 (from 01/01/2024), and Decree 152/2025 (from 01/07/2025), which keeps
-- these thresholds. Reference data: every installation judges by the law.
-- Ids come from the sequence, like the application's own inserts, so that the two never collide.
INSERT INTO rule_set (id, name, effective_from) VALUES
    (nextval('rule_set_seq'), 'Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP', DATE '2024-01-01');
INSERT INTO rule_set (id, name, effective_from) VALUES
    (nextval('rule_set_seq'), 'Nghị định 152/2025/NĐ-CP', DATE '2025-07-01');
INSERT INTO rule_set_parameter (rule_set_id, name, value)
SELECT r.id, p.name, p.value
FROM rule_set r
CROSS JOIN (VALUES ('cstd_tinh.consecutive_cstdcs_years', 3), ('bk_ubnd.consecutive_cstdcs_years', 2)) AS p (name, value);
