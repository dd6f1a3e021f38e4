-- Issue 15: the procedure's documents. Issuing bodies with their document series (sổ văn bản), numbers issued by
-- the system (gap-free, never reused, withdrawn only by a recorded cancellation), one decision over many dossiers
-- with its annex lines and reward amounts, and the dated parameters the amounts come from.

-- An issuing body (cơ quan ban hành): the province's chairman, or the head of a unit for the unit's own titles.
-- The lines of the document's heading are kept per body (Decree 30/2020, appendix I): they differ per province.
CREATE SEQUENCE document_issuer_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE document_issuer (
    id                BIGINT PRIMARY KEY,
    code              VARCHAR(32)  NOT NULL UNIQUE,
    authority         VARCHAR(32)  NOT NULL CHECK (authority IN ('UNIT_HEAD', 'PROVINCE_CHAIRMAN')),
    unit_id           BIGINT UNIQUE REFERENCES org_unit (id),
    parent_body       VARCHAR(200),
    name              VARCHAR(200) NOT NULL,
    deciding_title    VARCHAR(300) NOT NULL,
    award_issuer      VARCHAR(255) NOT NULL,
    place             VARCHAR(100) NOT NULL,
    signing_authority VARCHAR(200),
    version           BIGINT       NOT NULL DEFAULT 0,
    CHECK ((authority = 'UNIT_HEAD') = (unit_id IS NOT NULL))
);

-- A series of one body for one type of document, with its symbol ("QĐ-UBND"); numbers restart every year.
CREATE SEQUENCE document_series_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE document_series (
    id            BIGINT PRIMARY KEY,
    issuer_id     BIGINT      NOT NULL REFERENCES document_issuer (id),
    document_type VARCHAR(16) NOT NULL CHECK (document_type IN ('DECISION', 'PROPOSAL_LETTER', 'MINUTES', 'NOTICE')),
    symbol        VARCHAR(32) NOT NULL UNIQUE,
    version       BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (issuer_id, document_type)
);

-- The book of a series for a year: the last number issued. Issuing is one UPDATE ... RETURNING in the document's
-- own transaction, so concurrent issuers queue on the row and a rolled-back document gives its number back.
CREATE TABLE document_book (
    series_id   BIGINT  NOT NULL REFERENCES document_series (id),
    year        INTEGER NOT NULL,
    last_number INTEGER NOT NULL DEFAULT 0 CHECK (last_number >= 0),
    PRIMARY KEY (series_id, year)
);

-- Every number issued: who, when, for what; a cancellation is recorded, never a deletion.
CREATE SEQUENCE document_number_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE document_number (
    id              BIGINT PRIMARY KEY,
    series_id       BIGINT        NOT NULL REFERENCES document_series (id),
    year            INTEGER       NOT NULL,
    sequence_number INTEGER       NOT NULL CHECK (sequence_number > 0),
    text            VARCHAR(64)   NOT NULL,
    purpose         VARCHAR(500)  NOT NULL,
    issued_at       TIMESTAMP     NOT NULL,
    issued_by       VARCHAR(100)  NOT NULL,
    cancelled_at    TIMESTAMP,
    cancelled_by    VARCHAR(100),
    cancel_reason   VARCHAR(2000),
    UNIQUE (series_id, year, sequence_number),
    CHECK ((cancelled_at IS NULL) = (cancel_reason IS NULL))
);

-- The province's chairman decides the provincial titles and forms; every installation has this body (the
-- administrator sets the province's own lines and symbol: "QĐ-UBND" in most provinces, "QĐ-CTUBND" in some).
INSERT INTO document_issuer (id, code, authority, parent_body, name, deciding_title, award_issuer, place,
                             signing_authority)
VALUES (nextval('document_issuer_seq'), 'PROVINCE', 'PROVINCE_CHAIRMAN', 'ỦY BAN NHÂN DÂN', 'TỈNH TÂY NINH',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH', 'Chủ tịch UBND tỉnh Tây Ninh', 'Tây Ninh',
        'KT. CHỦ TỊCH' || chr(10) || 'PHÓ CHỦ TỊCH');
INSERT INTO document_series (id, issuer_id, document_type, symbol)
SELECT nextval('document_series_seq'), i.id, s.document_type, s.symbol
FROM document_issuer i
CROSS JOIN (VALUES ('DECISION', 'QĐ-UBND'), ('PROPOSAL_LETTER', 'TTr-UBND'), ('NOTICE', 'TB-UBND'))
    AS s (document_type, symbol)
WHERE i.code = 'PROVINCE';

-- A commendation decision (quyết định khen thưởng) over one or more dossiers waiting for the same body.
CREATE SEQUENCE award_decision_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE award_decision (
    id                BIGINT PRIMARY KEY,
    number_id         BIGINT       NOT NULL UNIQUE REFERENCES document_number (id),
    number_text       VARCHAR(64)  NOT NULL,
    issuer_id         BIGINT       NOT NULL REFERENCES document_issuer (id),
    decision_date     DATE         NOT NULL,
    subject           VARCHAR(500) NOT NULL,
    signer_name       VARCHAR(200) NOT NULL,
    signing_authority VARCHAR(200),
    rule_set_id       BIGINT       NOT NULL REFERENCES rule_set (id),
    base_salary       BIGINT,
    decided_by        VARCHAR(100) NOT NULL,
    decided_at        TIMESTAMP    NOT NULL,
    status            VARCHAR(16)  NOT NULL CHECK (status IN ('ISSUED', 'REVOKED')),
    version           BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX award_decision_date ON award_decision (decision_date DESC, id DESC);

-- The annex (danh sách kèm theo): one line per nominee of the dossiers decided; a nominee left out keeps its line
-- with the reason the notice to those not commended gives.
CREATE SEQUENCE award_decision_line_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE award_decision_line (
    id           BIGINT PRIMARY KEY,
    decision_id  BIGINT        NOT NULL REFERENCES award_decision (id),
    position     INTEGER       NOT NULL,
    proposal_id  BIGINT        NOT NULL REFERENCES proposal (id),
    nominee_id   BIGINT        NOT NULL UNIQUE REFERENCES proposal_nominee (id),
    title_id     BIGINT        NOT NULL REFERENCES title (id),
    nominee_kind VARCHAR(16)   NOT NULL,
    name         VARCHAR(300)  NOT NULL,
    detail       VARCHAR(1000),
    unit_name    VARCHAR(255)  NOT NULL,
    commended    BOOLEAN       NOT NULL,
    reason       VARCHAR(2000),
    amount       BIGINT CHECK (amount >= 0),
    UNIQUE (decision_id, position),
    CHECK (commended OR reason IS NOT NULL)
);
CREATE INDEX award_decision_line_proposal ON award_decision_line (proposal_id);

ALTER TABLE award ADD COLUMN decision_id BIGINT REFERENCES award_decision (id);
ALTER TABLE proposal ADD COLUMN award_decision_id BIGINT REFERENCES award_decision (id);

-- Reward amounts (tiền thưởng) = coefficient × the base salary in force on the decision's date, rounded.
-- The base salary (mức lương cơ sở) is dated on its own: it changes by its own decrees.
CREATE TABLE base_salary (
    effective_from DATE PRIMARY KEY,
    amount         BIGINT       NOT NULL CHECK (amount > 0),
    legal_basis    VARCHAR(300) NOT NULL
);
INSERT INTO base_salary (effective_from, amount, legal_basis) VALUES
    (DATE '2023-07-01', 1800000, 'Nghị định 24/2023/NĐ-CP, Điều 3'),
    (DATE '2024-07-01', 2340000, 'Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2');

-- Each parameter may cite the article it comes from (shown beside its value).
ALTER TABLE rule_set_parameter ADD COLUMN legal_basis VARCHAR(300);

-- Coefficients in hundredths of the base salary, per title or form and kind of nominee (households: 1.5 times the
-- individual's); the amount is rounded to a multiple of reward.rounding_unit đồng, up when reward.round_up is 1.
-- A form the set names no coefficient for carries no stated amount ("theo quy định hiện hành"): Decree 98/2023's
-- amounts for forms are not seeded, as its text was not at hand.
INSERT INTO rule_set_parameter (rule_set_id, name, value, legal_basis)
SELECT r.id, c.name, c.value, c.basis
FROM rule_set r
CROSS JOIN (VALUES
    ('reward.coefficient.CSTD_TOAN_QUOC.INDIVIDUAL', 450, 'Nghị định 98/2023/NĐ-CP, Điều 54'),
    ('reward.coefficient.CSTD_TINH.INDIVIDUAL', 300, 'Nghị định 98/2023/NĐ-CP, Điều 54'),
    ('reward.coefficient.CSTDCS.INDIVIDUAL', 100, 'Nghị định 98/2023/NĐ-CP, Điều 54'),
    ('reward.coefficient.LDTT.INDIVIDUAL', 30, 'Nghị định 98/2023/NĐ-CP, Điều 54'),
    ('reward.coefficient.CSTT.INDIVIDUAL', 30, 'Nghị định 98/2023/NĐ-CP, Điều 54'),
    ('reward.coefficient.TTLD_XUAT_SAC.COLLECTIVE', 150, 'Nghị định 98/2023/NĐ-CP, Điều 54'),
    ('reward.coefficient.TTLD_TIEN_TIEN.COLLECTIVE', 80, 'Nghị định 98/2023/NĐ-CP, Điều 54'),
    ('reward.coefficient.CO_THI_DUA_UBND.COLLECTIVE', 800, 'Nghị định 98/2023/NĐ-CP, Điều 54'),
    ('reward.rounding_unit', 10000, 'Nghị định 98/2023/NĐ-CP, Điều 54'),
    ('reward.round_up', 1, 'Nghị định 98/2023/NĐ-CP, Điều 54')) AS c (name, value, basis)
WHERE r.effective_from = DATE '2024-01-01';

INSERT INTO rule_set_parameter (rule_set_id, name, value, legal_basis)
SELECT r.id, c.name, c.value, c.basis
FROM rule_set r
CROSS JOIN (VALUES
    ('reward.coefficient.CSTD_TOAN_QUOC.INDIVIDUAL', 450, 'Nghị định 152/2025/NĐ-CP, Điều 50'),
    ('reward.coefficient.CSTD_TINH.INDIVIDUAL', 300, 'Nghị định 152/2025/NĐ-CP, Điều 50'),
    ('reward.coefficient.CSTDCS.INDIVIDUAL', 100, 'Nghị định 152/2025/NĐ-CP, Điều 50'),
    ('reward.coefficient.LDTT.INDIVIDUAL', 30, 'Nghị định 152/2025/NĐ-CP, Điều 50'),
    ('reward.coefficient.CSTT.INDIVIDUAL', 30, 'Nghị định 152/2025/NĐ-CP, Điều 50'),
    ('reward.coefficient.TTLD_XUAT_SAC.COLLECTIVE', 150, 'Nghị định 152/2025/NĐ-CP, Điều 50'),
    ('reward.coefficient.TTLD_TIEN_TIEN.COLLECTIVE', 80, 'Nghị định 152/2025/NĐ-CP, Điều 50'),
    ('reward.coefficient.CO_THI_DUA_UBND.COLLECTIVE', 800, 'Nghị định 152/2025/NĐ-CP, Điều 50'),
    ('reward.coefficient.BK_UBND.INDIVIDUAL', 150, 'Nghị định 152/2025/NĐ-CP, Điều 54'),
    ('reward.coefficient.BK_UBND.COLLECTIVE', 300, 'Nghị định 152/2025/NĐ-CP, Điều 54'),
    ('reward.coefficient.BK_UBND.HOUSEHOLD', 225, 'Nghị định 152/2025/NĐ-CP, Điều 54'),
    ('reward.coefficient.BK_TTG.INDIVIDUAL', 350, 'Nghị định 152/2025/NĐ-CP, Điều 54'),
    ('reward.coefficient.BK_TTG.COLLECTIVE', 700, 'Nghị định 152/2025/NĐ-CP, Điều 54'),
    ('reward.coefficient.BK_TTG.HOUSEHOLD', 525, 'Nghị định 152/2025/NĐ-CP, Điều 54'),
    ('reward.coefficient.GIAY_KHEN.INDIVIDUAL', 30, 'Nghị định 152/2025/NĐ-CP, Điều 54'),
    ('reward.coefficient.GIAY_KHEN.COLLECTIVE', 60, 'Nghị định 152/2025/NĐ-CP, Điều 54'),
    ('reward.coefficient.GIAY_KHEN.HOUSEHOLD', 45, 'Nghị định 152/2025/NĐ-CP, Điều 54'),
    ('reward.rounding_unit', 10000, 'Nghị định 152/2025/NĐ-CP, Điều 50'),
    ('reward.round_up', 1, 'Nghị định 152/2025/NĐ-CP, Điều 50')) AS c (name, value, basis)
WHERE r.effective_from = DATE '2025-07-01';
