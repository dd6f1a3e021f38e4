-- Movements edited in the browser: the plan (kế hoạch), the bloc that launched it (none: the province), the last
-- day units register the titles they aim for, and a version against lost updates of two editors.
ALTER TABLE movement ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE movement ADD COLUMN plan VARCHAR(10000);
ALTER TABLE movement ADD COLUMN bloc_id BIGINT REFERENCES bloc (id);
ALTER TABLE movement ADD COLUMN registration_deadline DATE;
ALTER TABLE movement ADD CONSTRAINT movement_registration_within_period
    CHECK (registration_deadline IS NULL OR registration_deadline <= ends_on);

-- Title registration (đăng ký danh hiệu thi đua): what a unit aims for in a movement — the collective title and
-- how many of its people aim for each individual title. One per unit and movement; who registered and when.
CREATE SEQUENCE title_registration_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE title_registration (
    id                  BIGINT       PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    movement_id         BIGINT       NOT NULL REFERENCES movement (id),
    unit_id             BIGINT       NOT NULL REFERENCES org_unit (id),
    collective_title_id BIGINT       REFERENCES title (id),
    registered_by       VARCHAR(64)  NOT NULL,
    registered_by_name  VARCHAR(200) NOT NULL,
    registered_at       TIMESTAMP    NOT NULL,
    UNIQUE (movement_id, unit_id)
);
CREATE TABLE title_registration_line (
    registration_id BIGINT  NOT NULL REFERENCES title_registration (id) ON DELETE CASCADE,
    title_id        BIGINT  NOT NULL REFERENCES title (id),
    nominees        INTEGER NOT NULL CHECK (nominees > 0),
    PRIMARY KEY (registration_id, title_id)
);
