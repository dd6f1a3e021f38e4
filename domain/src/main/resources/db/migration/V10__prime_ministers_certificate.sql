-- Bằng khen của Thủ tướng Chính phủ (Law 2022, art. 73), the one form of brief §3 not yet in the catalog, and the
-- files its dossier needs in every rule set (the required-files rule refuses a title the set knows nothing of).
INSERT INTO title (id, code, name_vi, name_en, sort_order, category, nominee_kinds, decided_by) VALUES
    (11, 'BK_TTG', 'Bằng khen của Thủ tướng Chính phủ', 'Certificate of Merit of the Prime Minister', 55, 'FORM',
     'INDIVIDUAL,COLLECTIVE,HOUSEHOLD', 'PRIME_MINISTER');

INSERT INTO rule_set_parameter (rule_set_id, name, value)
SELECT r.id, 'required_attachment.' || t.code || '.' || k.kind, k.value
FROM rule_set r
CROSS JOIN (VALUES
    --                   tờ trình  báo cáo  biên bản  sáng kiến  khác
    ('BK_TTG',                1,      1,       1,        0,       0))
    AS t (code, submission_letter, achievement_report, meeting_minutes, initiative_certificate, other)
CROSS JOIN LATERAL (VALUES
    ('SUBMISSION_LETTER', t.submission_letter),
    ('ACHIEVEMENT_REPORT', t.achievement_report),
    ('MEETING_MINUTES', t.meeting_minutes),
    ('INITIATIVE_CERTIFICATE', t.initiative_certificate),
    ('OTHER', t.other)) AS k (kind, value);
