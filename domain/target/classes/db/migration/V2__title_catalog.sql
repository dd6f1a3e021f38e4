-- The titles and forms a unit can propose (domain brief §3). Reference data, not demo data.
CREATE TABLE title (
    id         BIGINT PRIMARY KEY,
    code       VARCHAR(32)  NOT NULL UNIQUE,
    name_vi    VARCHAR(255) NOT NULL,
    name_en    VARCHAR(255) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order INTEGER      NOT NULL
);

INSERT INTO title (id, code, name_vi, name_en, sort_order) VALUES
    (1, 'LDTT',      'Lao động tiên tiến',                    'Advanced Worker',                                   10),
    (2, 'CSTT',      'Chiến sĩ tiên tiến',                    'Advanced Soldier',                                  20),
    (3, 'CSTDCS',    'Chiến sĩ thi đua cơ sở',                'Grassroots Emulation Fighter',                      30),
    (4, 'CSTD_TINH', 'Chiến sĩ thi đua cấp tỉnh',             'Provincial Emulation Fighter',                      40),
    (5, 'BK_UBND',   'Bằng khen của Chủ tịch UBND tỉnh',      'Certificate of Merit of the Provincial Chairman',   50),
    (6, 'GIAY_KHEN', 'Giấy khen',                             'Certificate of Commendation',                       60);
