--liquibase formatted sql

--changeset egov:index-1
-- The IT-application / digital-transformation index (issue 13). A framework (bộ chỉ số) is data: issuer, decision,
-- the unit categories it ranks separately and its tree of groups, indicators and sub-indicators with their rules.
CREATE TABLE idx_framework (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    name           VARCHAR(500) NOT NULL,
    issuer         VARCHAR(255) NOT NULL,
    decision_no    VARCHAR(100) NULL,
    decision_date  DATE         NULL,
    from_year      SMALLINT     NOT NULL,
    to_year        SMALLINT     NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    updated_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_by     VARCHAR(100) NOT NULL,
    CONSTRAINT uk_idx_framework_code UNIQUE (code),
    CONSTRAINT ck_idx_framework_years CHECK (to_year IS NULL OR to_year >= from_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idx_framework_category (
    framework_id BIGINT      NOT NULL,
    category     VARCHAR(12) NOT NULL,
    PRIMARY KEY (framework_id, category),
    CONSTRAINT fk_idx_fw_category FOREIGN KEY (framework_id) REFERENCES idx_framework (id) ON DELETE CASCADE,
    CONSTRAINT ck_idx_fw_category CHECK (category IN ('DEPARTMENT', 'DISTRICT', 'COMMUNE'))
) ENGINE = InnoDB;

-- One node of the tree. A leaf carries the scoring rule and its source: a metric the console computes (by name) or
-- evidence the unit enters. rule_steps holds tiered steps as "threshold:points;..." (highest first).
CREATE TABLE idx_node (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    framework_id   BIGINT        NOT NULL,
    parent_id      BIGINT        NULL,
    position       INT           NOT NULL,
    code           VARCHAR(20)   NOT NULL,
    name_vi        VARCHAR(500)  NOT NULL,
    name_en        VARCHAR(500)  NOT NULL,
    max_points     DECIMAL(8, 2) NOT NULL,
    scored         BOOLEAN       NOT NULL DEFAULT TRUE,
    rule_type      VARCHAR(10)   NULL,
    rule_steps     VARCHAR(255)  NULL,
    source         VARCHAR(10)   NULL,
    metric         VARCHAR(40)   NULL,
    verifying_unit VARCHAR(255)  NULL,
    CONSTRAINT uk_idx_node_code UNIQUE (framework_id, code),
    CONSTRAINT fk_idx_node_framework FOREIGN KEY (framework_id) REFERENCES idx_framework (id) ON DELETE CASCADE,
    CONSTRAINT fk_idx_node_parent FOREIGN KEY (parent_id) REFERENCES idx_node (id),
    CONSTRAINT ck_idx_node_points CHECK (max_points >= 0),
    CONSTRAINT ck_idx_node_rule CHECK (rule_type IS NULL OR rule_type IN ('TIERED', 'RATIO', 'YES_NO', 'HALF', 'MANUAL')),
    CONSTRAINT ck_idx_node_source CHECK (source IS NULL OR source IN ('METRIC', 'EVIDENCE')),
    CONSTRAINT ck_idx_node_metric CHECK ((source = 'METRIC') = (metric IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_idx_node_tree ON idx_node (framework_id, parent_id, position);

-- One year's assessment; a correction after publication is a new revision of the same year.
CREATE TABLE idx_assessment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    framework_id   BIGINT       NOT NULL,
    year           SMALLINT     NOT NULL,
    revision       INT          NOT NULL,
    snapshot_date  DATE         NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    reason         VARCHAR(1000) NULL,
    opened_by      VARCHAR(100) NOT NULL,
    opened_at      TIMESTAMP(6) NOT NULL,
    published_by   VARCHAR(100) NULL,
    published_at   TIMESTAMP(6) NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_idx_assessment UNIQUE (year, revision),
    CONSTRAINT fk_idx_assessment_framework FOREIGN KEY (framework_id) REFERENCES idx_framework (id),
    CONSTRAINT ck_idx_assessment_status CHECK (status IN ('OPEN', 'PUBLISHED', 'SUPERSEDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per unit x leaf indicator: the computed value frozen at the snapshot, the unit's self-assessment, the DIC's
-- verification and the points that count.
CREATE TABLE idx_value (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    assessment_id   BIGINT        NOT NULL,
    unit_id         BIGINT        NOT NULL,
    node_id         BIGINT        NOT NULL,
    category        VARCHAR(12)   NOT NULL,
    computed_value  DOUBLE        NULL,
    self_value      DOUBLE        NULL,
    evidence_id     BIGINT        NULL,
    points          DECIMAL(8, 2) NOT NULL DEFAULT 0,
    status          VARCHAR(12)   NOT NULL,
    reason          VARCHAR(1000) NULL,
    updated_by      VARCHAR(100)  NULL,
    updated_at      TIMESTAMP(6)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_idx_value UNIQUE (assessment_id, unit_id, node_id),
    CONSTRAINT fk_idx_value_assessment FOREIGN KEY (assessment_id) REFERENCES idx_assessment (id),
    CONSTRAINT fk_idx_value_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_idx_value_node FOREIGN KEY (node_id) REFERENCES idx_node (id),
    CONSTRAINT fk_idx_value_evidence FOREIGN KEY (evidence_id) REFERENCES evidence_file (id),
    CONSTRAINT ck_idx_value_status CHECK (status IN ('COMPUTED', 'PENDING', 'DRAFT', 'SUBMITTED', 'ACCEPTED', 'ADJUSTED')),
    CONSTRAINT ck_idx_value_points CHECK (points >= 0),
    CONSTRAINT ck_idx_value_reason CHECK (status <> 'ADJUSTED' OR reason IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_idx_value_unit ON idx_value (assessment_id, unit_id);
CREATE INDEX ix_idx_value_status ON idx_value (assessment_id, status);

-- A unit's self-assessment handed in for one assessment; an officer's waits for the unit head first.
CREATE TABLE idx_submission (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    assessment_id  BIGINT        NOT NULL,
    unit_id        BIGINT        NOT NULL,
    submitted_by   VARCHAR(100)  NOT NULL,
    submitted_at   TIMESTAMP(6)  NOT NULL,
    approval_step  VARCHAR(16)   NOT NULL DEFAULT 'APPROVED',
    approval_by    VARCHAR(100)  NULL,
    approval_at    TIMESTAMP(6)  NULL,
    approval_note  VARCHAR(1000) NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_idx_submission UNIQUE (assessment_id, unit_id),
    CONSTRAINT fk_idx_submission_assessment FOREIGN KEY (assessment_id) REFERENCES idx_assessment (id),
    CONSTRAINT fk_idx_submission_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE idx_submission; DROP TABLE idx_value; DROP TABLE idx_assessment; DROP TABLE idx_node; DROP TABLE idx_framework_category; DROP TABLE idx_framework;
