-- Issue 15: state-level forms go up, not out. The province proposes a Bằng khen of the Prime Minister, a CSTĐ toàn
-- quốc or an order with its own tờ trình (numbered from its book) and the dossier waits, sent up, for the central
-- decision, which the board records when it arrives.
ALTER TABLE proposal DROP CONSTRAINT proposal_status_check;
ALTER TABLE proposal ADD CONSTRAINT proposal_status_check CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED',
    'APPROVED_AT_UNIT', 'REJECTED_AT_UNIT', 'NOT_PROPOSED', 'AWAITING_UNIT_DECISION', 'AT_BOARD',
    'RETURNED_FOR_SUPPLEMENT', 'REFUSED_AT_BOARD', 'IN_APPRAISAL', 'AWAITING_DECISION', 'SENT_UP', 'DECIDED',
    'NOT_COMMENDED'));
