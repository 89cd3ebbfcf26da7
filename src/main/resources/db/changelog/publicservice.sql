--liquibase formatted sql

--changeset egov:publicservice-1
-- The catalogue of administrative procedures (thủ tục hành chính) by national code. District- and commune-tier
-- procedures are handled by every unit of that tier; a province-tier procedure by its responsible unit.
CREATE TABLE ps_procedure (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(20)  NOT NULL,
    name            VARCHAR(500) NOT NULL,
    field           VARCHAR(160) NOT NULL,
    tier            VARCHAR(10)  NOT NULL,
    unit_id         BIGINT       NULL,
    online_mode     VARCHAR(10)  NOT NULL,
    mode_since      DATE         NULL,
    statutory_days  SMALLINT     NOT NULL,
    online_payment  BOOLEAN      NOT NULL,
    available_from  DATE         NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    updated_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_by      VARCHAR(100) NOT NULL,
    CONSTRAINT uk_ps_procedure_code UNIQUE (code),
    CONSTRAINT fk_ps_procedure_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_ps_procedure_tier CHECK (tier IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    CONSTRAINT ck_ps_procedure_unit CHECK ((tier = 'PROVINCE') = (unit_id IS NOT NULL)),
    CONSTRAINT ck_ps_procedure_mode CHECK (online_mode IN ('FULL', 'PARTIAL', 'NONE')),
    CONSTRAINT ck_ps_procedure_days CHECK (statutory_days BETWEEN 0 AND 365)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_ps_procedure_tier_field ON ps_procedure (tier, field);
CREATE INDEX ix_ps_procedure_unit ON ps_procedure (unit_id);
CREATE INDEX ix_ps_procedure_field ON ps_procedure (field);

-- The pre-2022 service level (2, 3 or 4) of a procedure in the years it applied; since Decree 42/2022 online_mode.
CREATE TABLE ps_procedure_level (
    procedure_id BIGINT   NOT NULL,
    year         SMALLINT NOT NULL,
    level        TINYINT  NOT NULL,
    PRIMARY KEY (procedure_id, year),
    CONSTRAINT fk_ps_procedure_level FOREIGN KEY (procedure_id) REFERENCES ps_procedure (id) ON DELETE CASCADE,
    CONSTRAINT ck_ps_procedure_level CHECK (level BETWEEN 1 AND 4 AND year BETWEEN 2000 AND 2022)
) ENGINE = InnoDB;

-- Monthly figures per procedure x handling unit x month (first day of the month). The checks repeat the service's
-- rules so that no path (import, API, SQL console) can store an impossible month.
CREATE TABLE ps_monthly (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    procedure_id     BIGINT       NOT NULL,
    unit_id          BIGINT       NOT NULL,
    month            DATE         NOT NULL,
    received         INT          NOT NULL,
    received_online  INT          NOT NULL,
    resolved         INT          NOT NULL,
    resolved_on_time INT          NOT NULL,
    late             INT          NOT NULL,
    digitised        INT          NOT NULL,
    e_results        INT          NOT NULL,
    paid_online      INT          NOT NULL,
    source           VARCHAR(10)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    updated_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_by       VARCHAR(100) NOT NULL,
    CONSTRAINT uk_ps_monthly UNIQUE (procedure_id, unit_id, month),
    CONSTRAINT fk_ps_monthly_procedure FOREIGN KEY (procedure_id) REFERENCES ps_procedure (id),
    CONSTRAINT fk_ps_monthly_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_ps_monthly CHECK (received >= 0 AND received_online >= 0 AND received_online <= received
        AND resolved >= 0 AND resolved_on_time >= 0 AND resolved_on_time <= resolved
        AND late >= resolved - resolved_on_time AND digitised >= 0 AND digitised <= received
        AND e_results >= 0 AND e_results <= resolved AND paid_online >= 0 AND paid_online <= received)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_ps_monthly_unit_month ON ps_monthly (unit_id, month);
CREATE INDEX ix_ps_monthly_month ON ps_monthly (month);

-- Complaints and feedback per unit and month (optional: units that do not report them show "no data").
CREATE TABLE ps_complaint_monthly (
    unit_id          BIGINT       NOT NULL,
    month            DATE         NOT NULL,
    received         INT          NOT NULL,
    handled_on_time  INT          NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_by       VARCHAR(100) NOT NULL,
    PRIMARY KEY (unit_id, month),
    CONSTRAINT fk_ps_complaint_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_ps_complaint CHECK (received >= 0 AND handled_on_time >= 0 AND handled_on_time <= received)
) ENGINE = InnoDB;

-- Summaries kept in the same transaction as every write to ps_monthly, so dashboards read a few thousand rows instead
-- of hundreds of thousands: per unit x field x month (province, tier, unit, field scopes) and per procedure x month
-- (the province-wide "offered online, no online application" list).
CREATE TABLE ps_unit_field_month (
    unit_id          BIGINT       NOT NULL,
    field            VARCHAR(160) NOT NULL,
    month            DATE         NOT NULL,
    received         BIGINT       NOT NULL,
    received_online  BIGINT       NOT NULL,
    resolved         BIGINT       NOT NULL,
    resolved_on_time BIGINT       NOT NULL,
    late             BIGINT       NOT NULL,
    digitised        BIGINT       NOT NULL,
    e_results        BIGINT       NOT NULL,
    paid_online      BIGINT       NOT NULL,
    rows_count       INT          NOT NULL,
    PRIMARY KEY (unit_id, month, field),
    KEY ix_ps_ufm_month (month, unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ps_procedure_month (
    procedure_id     BIGINT NOT NULL,
    month            DATE   NOT NULL,
    received         BIGINT NOT NULL,
    received_online  BIGINT NOT NULL,
    PRIMARY KEY (procedure_id, month),
    KEY ix_ps_pm_month (month, procedure_id)
) ENGINE = InnoDB;

-- The scorecard as data (in the spirit of Decision 766/QD-TTg): groups with their maximum points per year, and each
-- indicator a ratio of two metrics with a scoring rule. The DIC changes weights and targets without a release.
CREATE TABLE ps_indicator_group (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    year        SMALLINT      NOT NULL,
    code        VARCHAR(20)   NOT NULL,
    name_vi     VARCHAR(200)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    max_points  DECIMAL(6, 2) NOT NULL,
    position    SMALLINT      NOT NULL,
    CONSTRAINT uk_ps_indicator_group UNIQUE (year, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ps_indicator (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id     BIGINT        NOT NULL,
    code         VARCHAR(20)   NOT NULL,
    name_vi      VARCHAR(300)  NOT NULL,
    name_en      VARCHAR(300)  NOT NULL,
    numerator    VARCHAR(30)   NOT NULL,
    denominator  VARCHAR(30)   NOT NULL,
    complement   BOOLEAN       NOT NULL DEFAULT FALSE,
    max_points   DECIMAL(6, 2) NOT NULL,
    rule         VARCHAR(12)   NOT NULL,
    target       DECIMAL(6, 4) NULL,
    steps        VARCHAR(200)  NULL,
    position     SMALLINT      NOT NULL,
    CONSTRAINT uk_ps_indicator UNIQUE (group_id, code),
    CONSTRAINT fk_ps_indicator_group FOREIGN KEY (group_id) REFERENCES ps_indicator_group (id) ON DELETE CASCADE,
    CONSTRAINT ck_ps_indicator_rule CHECK (rule IN ('TARGET', 'PROPORTIONAL', 'TIERED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE ps_indicator; DROP TABLE ps_indicator_group; DROP TABLE ps_procedure_month; DROP TABLE ps_unit_field_month; DROP TABLE ps_complaint_monthly; DROP TABLE ps_monthly; DROP TABLE ps_procedure_level; DROP TABLE ps_procedure;

--changeset egov:publicservice-2
-- The default scorecard from 2022 (Decision 766/QD-TTg, 23/6/2022: 18 + 20 + 22 + 22 + 18 = 100 points). It applies to
-- every later year until the DIC sets that year's own weights and targets.
INSERT INTO ps_indicator_group (year, code, name_vi, name_en, max_points, position) VALUES
 (2022, 'G1', 'Công khai, minh bạch', 'Transparency', 18, 1),
 (2022, 'G2', 'Tiến độ, kết quả giải quyết', 'Progress and results of handling', 20, 2),
 (2022, 'G3', 'Số hóa hồ sơ', 'Digitisation of records', 22, 3),
 (2022, 'G4', 'Cung cấp dịch vụ trực tuyến', 'Online service provision', 22, 4),
 (2022, 'G5', 'Mức độ hài lòng', 'Satisfaction', 18, 5);
INSERT INTO ps_indicator (group_id, code, name_vi, name_en, numerator, denominator, complement, max_points, rule, target, steps, position)
SELECT g.id, v.code, v.name_vi, v.name_en, v.num, v.den, v.comp, v.pts, v.rule, v.target, v.steps, v.pos
FROM ps_indicator_group g JOIN (
  SELECT 'G1' grp, '1.1' code, 'Thủ tục được công khai trên Cổng Dịch vụ công quốc gia' name_vi, 'Procedures published on the National Public Service Portal' name_en, 'PROCEDURES_PUBLISHED' num, 'PROCEDURES_NATIONAL' den, FALSE comp, 10 pts, 'PROPORTIONAL' rule, 1.0 target, NULL steps, 1 pos
  UNION ALL SELECT 'G1', '1.2', 'Phản ánh, kiến nghị được xử lý đúng hạn', 'Complaints and feedback handled on time', 'COMPLAINTS_ON_TIME', 'COMPLAINTS', FALSE, 8, 'PROPORTIONAL', 1.0, NULL, 2
  UNION ALL SELECT 'G2', '2.1', 'Tỷ lệ giải quyết đúng hạn (100% − trễ hạn ÷ hồ sơ phải giải quyết)', 'On-time rate (100% − late ÷ applications to handle)', 'LATE', 'TO_HANDLE', TRUE, 12, 'TIERED', NULL, '0.98:1,0.95:0.75,0.9:0.5,0.8:0.25', 1
  UNION ALL SELECT 'G2', '2.2', 'Hồ sơ đã giải quyết ÷ hồ sơ tiếp nhận', 'Applications resolved ÷ received', 'RESOLVED', 'RECEIVED', FALSE, 8, 'PROPORTIONAL', 0.95, NULL, 2
  UNION ALL SELECT 'G3', '3.1', 'Hồ sơ được số hóa ÷ hồ sơ tiếp nhận', 'Records digitised ÷ applications received', 'DIGITISED', 'RECEIVED', FALSE, 12, 'PROPORTIONAL', 1.0, NULL, 1
  UNION ALL SELECT 'G3', '3.2', 'Kết quả điện tử ÷ hồ sơ đã giải quyết', 'Electronic results ÷ applications resolved', 'E_RESULTS', 'RESOLVED', FALSE, 10, 'PROPORTIONAL', 1.0, NULL, 2
  UNION ALL SELECT 'G4', '4.1', 'Hồ sơ trực tuyến ÷ hồ sơ tiếp nhận', 'Online applications ÷ applications received', 'RECEIVED_ONLINE', 'RECEIVED', FALSE, 10, 'PROPORTIONAL', 0.5, NULL, 1
  UNION ALL SELECT 'G4', '4.2', 'Dịch vụ trực tuyến có phát sinh hồ sơ trực tuyến', 'Online services that received online applications', 'PROCEDURES_ONLINE_USED', 'PROCEDURES_ONLINE', FALSE, 6, 'TARGET', 0.8, NULL, 2
  UNION ALL SELECT 'G4', '4.3', 'Hồ sơ thanh toán trực tuyến ÷ hồ sơ tiếp nhận', 'Fees paid online ÷ applications received', 'PAID_ONLINE', 'RECEIVED', FALSE, 6, 'PROPORTIONAL', 0.3, NULL, 3
  UNION ALL SELECT 'G5', '5.1', 'Người dân, doanh nghiệp hài lòng', 'Citizens and businesses satisfied', 'SATISFIED', 'SURVEYED', FALSE, 18, 'PROPORTIONAL', 0.95, NULL, 1
) v ON v.grp = g.code AND g.year = 2022;
--rollback DELETE FROM ps_indicator_group WHERE year = 2022;
