-- The full procedure (domain brief §5): the board's and council's roles, the stages a dossier passes, the council's
-- ballot (counts only) and the once-only return for supplement.
ALTER TABLE app_user_role DROP CONSTRAINT app_user_role_role_check;
ALTER TABLE app_user_role ADD CONSTRAINT app_user_role_role_check
    CHECK (role IN ('CLERK', 'UNIT_LEADER', 'ADMIN', 'COUNCIL_SECRETARY', 'APPRAISER', 'APPROVER'));

ALTER TABLE proposal DROP CONSTRAINT proposal_status_check;
ALTER TABLE proposal ADD CONSTRAINT proposal_status_check CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED',
    'APPROVED_AT_UNIT', 'REJECTED_AT_UNIT', 'NOT_PROPOSED', 'AWAITING_UNIT_DECISION', 'AT_BOARD',
    'RETURNED_FOR_SUPPLEMENT', 'REFUSED_AT_BOARD', 'IN_APPRAISAL', 'AWAITING_DECISION', 'DECIDED', 'NOT_COMMENDED'));

ALTER TABLE proposal ADD COLUMN council_members INTEGER;
ALTER TABLE proposal ADD COLUMN council_present INTEGER;
ALTER TABLE proposal ADD COLUMN votes_for INTEGER;
ALTER TABLE proposal ADD COLUMN votes_against INTEGER;
ALTER TABLE proposal ADD COLUMN votes_abstain INTEGER;
ALTER TABLE proposal ADD COLUMN supplement_requested BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE proposal ADD COLUMN decision_number VARCHAR(64);
ALTER TABLE proposal ADD COLUMN decision_date DATE;
ALTER TABLE proposal ADD COLUMN decision_signer VARCHAR(200);
ALTER TABLE proposal ADD COLUMN decision_issuer VARCHAR(255);
ALTER TABLE award ADD COLUMN proposal_id BIGINT REFERENCES proposal (id);

-- Council quorum and thresholds (practice; older decree for CSTĐ cấp tỉnh), as rule-set parameters.
INSERT INTO rule_set_parameter (rule_set_id, name, value)
SELECT r.id, p.name, p.value
FROM rule_set r
CROSS JOIN (VALUES ('council.quorum_percent', 67), ('council.threshold_percent_of_present', 70),
                   ('council.cstd_tinh_threshold_percent_of_members', 90),
                   ('board.appraisal_working_days', 25), ('board.appraisal_reminder_working_day', 20),
                   ('board.supplement_working_days', 10), ('board.public_notice_working_days', 10))
    AS p (name, value);

-- Public holidays (ngày nghỉ lễ, Tết) that working-day deadlines skip; each year's government notice is data.
CREATE TABLE public_holiday (
    day  DATE PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);
INSERT INTO public_holiday (day, name) VALUES
    (DATE '2026-01-01', 'Tết Dương lịch'),
    (DATE '2026-02-16', 'Tết Nguyên đán'), (DATE '2026-02-17', 'Tết Nguyên đán'),
    (DATE '2026-02-18', 'Tết Nguyên đán'), (DATE '2026-02-19', 'Tết Nguyên đán'),
    (DATE '2026-02-20', 'Tết Nguyên đán'),
    (DATE '2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù)'),
    (DATE '2026-04-30', 'Ngày Chiến thắng'), (DATE '2026-05-01', 'Quốc tế Lao động'),
    (DATE '2026-09-01', 'Quốc khánh'), (DATE '2026-09-02', 'Quốc khánh'),
    (DATE '2027-01-01', 'Tết Dương lịch');
