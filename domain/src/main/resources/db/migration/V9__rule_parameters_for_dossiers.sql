-- Parameters of the dossier rules, added to every existing rule set: a set that lacks a parameter a rule needs is
-- a configuration error, and the sets of V7 (and any future set copied from them) predate these rules. The values
-- are those of the law of 2022 with Decree 98/2023, which Decree 152/2025 keeps.
INSERT INTO rule_set_parameter (rule_set_id, name, value)
SELECT r.id, p.name, p.value
FROM rule_set r
CROSS JOIN (VALUES
    -- Chiến sĩ thi đua toàn quốc: 2 consecutive awards of CSTĐ cấp tỉnh (Law 2022, art. 21).
    ('cstd_toan_quoc.consecutive_cstd_tinh_years', 2),
    -- Initiatives not yet used for an award: CSTĐ cấp tỉnh 1 (art. 22), Bằng khen of the Chairman 2 (art. 74).
    ('cstd_tinh.required_initiatives', 1),
    ('bk_ubnd.required_initiatives', 2),
    -- CSTĐCS at most 15 % of the unit's Lao động tiên tiến (provincial practice; 10 % in the army).
    ('cstdcs.quota_percent', 15)) AS p (name, value);

-- Dossier components per title (Law 2022, art. 84): 1 = required, 0 = not. Every title and kind has a row, so that
-- an administrator can require a kind in a future set (only existing parameters can be changed). The codes of
-- titles not yet in the catalog are listed too, so that the sets are ready when those titles are added.
INSERT INTO rule_set_parameter (rule_set_id, name, value)
SELECT r.id, 'required_attachment.' || t.code || '.' || k.kind, k.value
FROM rule_set r
CROSS JOIN (VALUES
    --                   tờ trình  báo cáo  biên bản  sáng kiến  khác
    ('LDTT',                  1,      1,       0,        0,       0),
    ('CSTT',                  1,      1,       0,        0,       0),
    ('CSTDCS',                1,      1,       1,        0,       0),
    ('CSTD_TINH',             1,      1,       1,        1,       0),
    ('CSTD_TOAN_QUOC',        1,      1,       1,        1,       0),
    ('BK_UBND',               1,      1,       1,        1,       0),
    ('GIAY_KHEN',             1,      1,       0,        0,       0),
    ('TTLD_TIEN_TIEN',        1,      1,       0,        0,       0),
    ('TTLD_XUAT_SAC',         1,      1,       0,        0,       0),
    -- Cờ thi đua: the bloc's minutes with the result of its vote.
    ('CO_THI_DUA_UBND',       1,      1,       1,        0,       0))
    AS t (code, submission_letter, achievement_report, meeting_minutes, initiative_certificate, other)
CROSS JOIN LATERAL (VALUES
    ('SUBMISSION_LETTER', t.submission_letter),
    ('ACHIEVEMENT_REPORT', t.achievement_report),
    ('MEETING_MINUTES', t.meeting_minutes),
    ('INITIATIVE_CERTIFICATE', t.initiative_certificate),
    ('OTHER', t.other)) AS k (kind, value);
