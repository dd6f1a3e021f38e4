-- The provincial commendation board (Ban TĐKT, Sở Nội vụ) exists in every installation: it receives and
-- appraises the units' dossiers and is the home unit of the administrators.
INSERT INTO org_unit (id, code, name) VALUES (nextval('org_unit_seq'), 'BAN_TDKT', 'Ban Thi đua – Khen thưởng tỉnh');
