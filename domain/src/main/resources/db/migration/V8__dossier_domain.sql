-- The clerk's domain: unit hierarchy, people, the catalog's kinds and authorities, movements, blocs,
-- initiatives, discipline records, the award register, and dossiers with several nominees and attachments.

-- Units form a tree (a provincial department and its divisions), belong to a sector and sit at a level.
ALTER TABLE org_unit ADD COLUMN parent_id BIGINT REFERENCES org_unit (id);
ALTER TABLE org_unit ADD COLUMN sector VARCHAR(64);
ALTER TABLE org_unit ADD COLUMN level VARCHAR(16) NOT NULL DEFAULT 'DEPARTMENT'
    CHECK (level IN ('PROVINCE', 'DEPARTMENT', 'GRASSROOTS'));

-- People of a unit (cán bộ, chiến sĩ, công chức): whom awards, initiatives and discipline records name.
CREATE SEQUENCE person_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE person (
    id         BIGINT PRIMARY KEY,
    unit_id    BIGINT       NOT NULL REFERENCES org_unit (id),
    full_name  VARCHAR(200) NOT NULL,
    position   VARCHAR(200),
    gender     VARCHAR(8) CHECK (gender IN ('MALE', 'FEMALE')),
    birth_date DATE
);
CREATE INDEX person_unit_name_idx ON person (unit_id, lower(full_name));

-- Catalog: title (danh hiệu) or form (hình thức), who may receive it and who decides.
ALTER TABLE title ADD COLUMN category VARCHAR(8) NOT NULL DEFAULT 'TITLE' CHECK (category IN ('TITLE', 'FORM'));
ALTER TABLE title ADD COLUMN nominee_kinds VARCHAR(100) NOT NULL DEFAULT 'INDIVIDUAL';
ALTER TABLE title ADD COLUMN decided_by VARCHAR(32) NOT NULL DEFAULT 'UNIT_HEAD'
    CHECK (decided_by IN ('UNIT_HEAD', 'PROVINCE_CHAIRMAN', 'PRIME_MINISTER', 'PRESIDENT'));
UPDATE title SET decided_by = 'PROVINCE_CHAIRMAN' WHERE code IN ('CSTD_TINH', 'BK_UBND');
UPDATE title SET category = 'FORM' WHERE code IN ('BK_UBND', 'GIAY_KHEN');
UPDATE title SET nominee_kinds = 'INDIVIDUAL,COLLECTIVE,HOUSEHOLD,INITIATIVE' WHERE code IN ('BK_UBND', 'GIAY_KHEN');
INSERT INTO title (id, code, name_vi, name_en, sort_order, category, nominee_kinds, decided_by) VALUES
    (7,  'CSTD_TOAN_QUOC',  'Chiến sĩ thi đua toàn quốc',        'National Emulation Fighter',                 45, 'TITLE', 'INDIVIDUAL', 'PRIME_MINISTER'),
    (8,  'TTLD_TIEN_TIEN',  'Tập thể lao động tiên tiến',        'Advanced Labour Collective',                 70, 'TITLE', 'COLLECTIVE', 'UNIT_HEAD'),
    (9,  'TTLD_XUAT_SAC',   'Tập thể lao động xuất sắc',         'Excellent Labour Collective',                80, 'TITLE', 'COLLECTIVE', 'PROVINCE_CHAIRMAN'),
    (10, 'CO_THI_DUA_UBND', 'Cờ thi đua của Ủy ban nhân dân tỉnh', 'Emulation Flag of the Provincial People''s Committee', 90, 'TITLE', 'COLLECTIVE', 'PROVINCE_CHAIRMAN');

-- Emulation movements (phong trào thi đua) with their criteria (tiêu chí).
CREATE SEQUENCE movement_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE movement (
    id                BIGINT PRIMARY KEY,
    code              VARCHAR(32)  NOT NULL UNIQUE,
    name              VARCHAR(300) NOT NULL,
    kind              VARCHAR(16)  NOT NULL CHECK (kind IN ('REGULAR', 'THEMATIC')),
    launched_by_id    BIGINT REFERENCES org_unit (id),
    starts_on         DATE         NOT NULL,
    ends_on           DATE         NOT NULL,
    proposal_deadline DATE,
    CHECK (ends_on >= starts_on)
);
CREATE TABLE movement_criterion (
    movement_id BIGINT        NOT NULL REFERENCES movement (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    name        VARCHAR(300)  NOT NULL,
    max_score   NUMERIC(6, 2) NOT NULL CHECK (max_score > 0),
    weight      NUMERIC(6, 2) NOT NULL CHECK (weight > 0),
    required    BOOLEAN       NOT NULL,
    PRIMARY KEY (movement_id, position)
);

-- Emulation blocs (khối thi đua) and their members per year, with the head (khối trưởng) and deputies.
CREATE SEQUENCE bloc_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE bloc (
    id   BIGINT PRIMARY KEY,
    code VARCHAR(32)  NOT NULL UNIQUE,
    name VARCHAR(300) NOT NULL
);
CREATE TABLE bloc_member (
    bloc_id BIGINT      NOT NULL REFERENCES bloc (id) ON DELETE CASCADE,
    year    INTEGER     NOT NULL,
    unit_id BIGINT      NOT NULL REFERENCES org_unit (id),
    role    VARCHAR(16) NOT NULL CHECK (role IN ('HEAD', 'DEPUTY', 'MEMBER')),
    PRIMARY KEY (bloc_id, year, unit_id)
);
CREATE UNIQUE INDEX bloc_one_head_per_year ON bloc_member (bloc_id, year) WHERE role = 'HEAD';

-- Initiatives (sáng kiến) recognised by a council.
CREATE SEQUENCE initiative_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE initiative (
    id                 BIGINT PRIMARY KEY,
    unit_id            BIGINT       NOT NULL REFERENCES org_unit (id),
    person_id          BIGINT REFERENCES person (id),
    name               VARCHAR(500) NOT NULL,
    recognition_number VARCHAR(64)  NOT NULL,
    recognised_on      DATE         NOT NULL,
    scope              VARCHAR(16)  NOT NULL CHECK (scope IN ('UNIT', 'PROVINCE', 'NATION'))
);
CREATE INDEX initiative_person_idx ON initiative (person_id);

-- Discipline measures (kỷ luật): nobody is commended while one is in force.
CREATE SEQUENCE discipline_record_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE discipline_record (
    id              BIGINT PRIMARY KEY,
    person_id       BIGINT       NOT NULL REFERENCES person (id),
    measure         VARCHAR(200) NOT NULL,
    decision_number VARCHAR(64)  NOT NULL,
    effective_from  DATE         NOT NULL,
    effective_until DATE,
    CHECK (effective_until IS NULL OR effective_until >= effective_from)
);
CREATE INDEX discipline_record_person_idx ON discipline_record (person_id);

-- The award register (sổ khen thưởng): every award ever given, which later eligibility checks read.
CREATE SEQUENCE award_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE award (
    id              BIGINT PRIMARY KEY,
    nominee_kind    VARCHAR(16)  NOT NULL CHECK (nominee_kind IN ('INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD', 'INITIATIVE')),
    person_id       BIGINT REFERENCES person (id),
    unit_id         BIGINT       NOT NULL REFERENCES org_unit (id),
    nominee_name    VARCHAR(200) NOT NULL,
    title_id        BIGINT       NOT NULL REFERENCES title (id),
    award_year      INTEGER      NOT NULL,
    decision_number VARCHAR(64)  NOT NULL,
    decision_date   DATE         NOT NULL,
    issuer          VARCHAR(255) NOT NULL
);
CREATE INDEX award_person_idx ON award (person_id);
CREATE INDEX award_unit_year_idx ON award (unit_id, award_year);
CREATE TABLE award_initiative (
    award_id      BIGINT NOT NULL REFERENCES award (id) ON DELETE CASCADE,
    initiative_id BIGINT NOT NULL REFERENCES initiative (id),
    PRIMARY KEY (award_id, initiative_id)
);
CREATE INDEX award_initiative_initiative_idx ON award_initiative (initiative_id);

-- Dossiers: a year of achievement, a commendation type, an optional movement, several nominees.
ALTER TABLE proposal ADD COLUMN achievement_year INTEGER;
ALTER TABLE proposal ADD COLUMN commendation_type VARCHAR(16) NOT NULL DEFAULT 'MERIT'
    CHECK (commendation_type IN ('MERIT', 'AD_HOC', 'THEMATIC', 'CAREER', 'SENIORITY', 'FOREIGN'));
ALTER TABLE proposal ADD COLUMN movement_id BIGINT REFERENCES movement (id);
UPDATE proposal SET achievement_year = EXTRACT(YEAR FROM created_at);
ALTER TABLE proposal ALTER COLUMN achievement_year SET NOT NULL;

CREATE SEQUENCE proposal_nominee_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE proposal_nominee (
    id                 BIGINT PRIMARY KEY,
    proposal_id        BIGINT        NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    position           INTEGER       NOT NULL,
    kind               VARCHAR(16)   NOT NULL CHECK (kind IN ('INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD', 'INITIATIVE')),
    person_id          BIGINT REFERENCES person (id),
    full_name          VARCHAR(200)  NOT NULL,
    details            VARCHAR(300),
    gender             VARCHAR(8) CHECK (gender IN ('MALE', 'FEMALE')),
    birth_date         DATE,
    title_id           BIGINT        NOT NULL REFERENCES title (id),
    achievement_report VARCHAR(8000) NOT NULL
);
CREATE INDEX proposal_nominee_proposal_idx ON proposal_nominee (proposal_id, position);
CREATE INDEX proposal_nominee_person_idx ON proposal_nominee (person_id);
CREATE TABLE proposal_nominee_initiative (
    nominee_id    BIGINT NOT NULL REFERENCES proposal_nominee (id) ON DELETE CASCADE,
    initiative_id BIGINT NOT NULL REFERENCES initiative (id),
    PRIMARY KEY (nominee_id, initiative_id)
);

-- Existing single-nominee proposals become dossiers with one nominee.
INSERT INTO proposal_nominee (id, proposal_id, position, kind, full_name, details, title_id, achievement_report)
SELECT nextval('proposal_nominee_seq'), id, 0, 'INDIVIDUAL', nominee_full_name, nominee_position, title_id,
       achievement_summary
FROM proposal;
ALTER TABLE proposal DROP COLUMN nominee_full_name;
ALTER TABLE proposal DROP COLUMN nominee_position;
ALTER TABLE proposal DROP COLUMN title_id;
ALTER TABLE proposal DROP COLUMN achievement_summary;

-- Attachments: metadata beside the dossier, bytes in their own table (read only on download).
CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE attachment (
    id           BIGINT PRIMARY KEY,
    proposal_id  BIGINT       NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    kind         VARCHAR(32)  NOT NULL
        CHECK (kind IN ('SUBMISSION_LETTER', 'ACHIEVEMENT_REPORT', 'MEETING_MINUTES', 'INITIATIVE_CERTIFICATE', 'OTHER')),
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  TIMESTAMP    NOT NULL
);
CREATE INDEX attachment_proposal_idx ON attachment (proposal_id);
CREATE TABLE attachment_content (
    attachment_id BIGINT PRIMARY KEY REFERENCES attachment (id) ON DELETE CASCADE,
    content       BYTEA NOT NULL
);

-- Warnings the clerk acknowledged when submitting, kept as evidence with the rule and its arguments.
CREATE SEQUENCE acknowledged_warning_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE acknowledged_warning (
    id              BIGINT PRIMARY KEY,
    proposal_id     BIGINT        NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    rule            VARCHAR(100)  NOT NULL,
    message_key     VARCHAR(100)  NOT NULL,
    arguments       VARCHAR(2000) NOT NULL,
    acknowledged_by VARCHAR(64)   NOT NULL,
    acknowledged_at TIMESTAMP     NOT NULL
);
CREATE INDEX acknowledged_warning_proposal_idx ON acknowledged_warning (proposal_id);

ALTER TABLE proposal_event ALTER COLUMN action TYPE VARCHAR(32);
