--liquibase formatted sql

--changeset egov:portal-1
-- Department portals (cổng/trang thông tin điện tử): the record kept by the unit and the DIC, plus the latest
-- monitoring state, so lists and the compliance board never scan the check history.
CREATE TABLE portal (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id                  BIGINT        NOT NULL,
    name                     VARCHAR(255)  NOT NULL,
    url                      VARCHAR(500)  NOT NULL,
    hosting                  VARCHAR(16)   NOT NULL,
    platform                 VARCHAR(120)  NULL,
    editor                   VARCHAR(120)  NULL,
    posting_min_posts        INT           NOT NULL DEFAULT 1,
    posting_period           VARCHAR(8)    NOT NULL DEFAULT 'WEEK',
    last_content_update      DATE          NULL,
    security_level           TINYINT       NULL,
    security_decision_no     VARCHAR(60)   NULL,
    security_decision_date   DATE          NULL,
    last_assessment_date     DATE          NULL,
    last_assessment_result   VARCHAR(24)   NULL,
    open_findings            INT           NOT NULL DEFAULT 0,
    backup_plan              BOOLEAN       NOT NULL DEFAULT FALSE,
    last_restore_test_date   DATE          NULL,
    last_restore_test_result VARCHAR(16)   NULL,
    monitoring_enabled       BOOLEAN       NOT NULL DEFAULT FALSE,
    check_interval_minutes   INT           NOT NULL DEFAULT 5,
    failure_threshold        INT           NOT NULL DEFAULT 3,
    expected_keyword         VARCHAR(200)  NULL,
    forbidden_text           VARCHAR(200)  NULL,
    next_check_at            TIMESTAMP(6)  NULL,
    last_check_at            TIMESTAMP(6)  NULL,
    last_outcome             VARCHAR(16)   NULL,
    last_status_code         INT           NULL,
    last_response_ms         BIGINT        NULL,
    last_failure             VARCHAR(24)   NULL,
    tls_expires_at           TIMESTAMP(6)  NULL,
    content_hash             CHAR(64)      NULL,
    consecutive_failures     INT           NOT NULL DEFAULT 0,
    version                  BIGINT        NOT NULL DEFAULT 0,
    created_at               TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at               TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_portal_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uk_portal_url UNIQUE (url),
    CONSTRAINT ck_portal_level CHECK (security_level IS NULL OR security_level BETWEEN 1 AND 5),
    CONSTRAINT ck_portal_interval CHECK (check_interval_minutes BETWEEN 1 AND 1440)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_portal_unit ON portal (unit_id);
CREATE INDEX ix_portal_due ON portal (monitoring_enabled, next_check_at);

-- Every probe, kept for uptime over 24 h / 7 d / 30 d.
CREATE TABLE portal_check (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    portal_id       BIGINT        NOT NULL,
    checked_at      TIMESTAMP(6)  NOT NULL,
    outcome         VARCHAR(16)   NOT NULL,
    status_code     INT           NULL,
    response_ms     BIGINT        NULL,
    tls_expires_at  TIMESTAMP(6)  NULL,
    failure         VARCHAR(24)   NULL,
    detail          VARCHAR(500)  NULL,
    content_changed BOOLEAN       NOT NULL DEFAULT FALSE,
    bytes_read      BIGINT        NULL,
    CONSTRAINT fk_portal_check_portal FOREIGN KEY (portal_id) REFERENCES portal (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- outcome in the index: uptime counts are answered from the index alone
CREATE INDEX ix_portal_check_time ON portal_check (portal_id, checked_at, outcome);

-- Attacks, defacements and outages, opened by monitoring or by hand.
CREATE TABLE portal_incident (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    portal_id     BIGINT        NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    severity      VARCHAR(16)   NOT NULL,
    source        VARCHAR(16)   NOT NULL,
    summary       VARCHAR(500)  NOT NULL,
    actions_taken VARCHAR(2000) NULL,
    opened_at     TIMESTAMP(6)  NOT NULL,
    closed_at     TIMESTAMP(6)  NULL,
    opened_by     VARCHAR(100)  NOT NULL,
    closed_by     VARCHAR(100)  NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_portal_incident_portal FOREIGN KEY (portal_id) REFERENCES portal (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_portal_incident_portal ON portal_incident (portal_id, opened_at);
CREATE INDEX ix_portal_incident_open ON portal_incident (closed_at);

-- Feature switches ADMIN sets at run time, e.g. whether the status page is published without login.
CREATE TABLE portal_setting (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    value      VARCHAR(255) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE portal_setting; DROP TABLE portal_incident; DROP TABLE portal_check; DROP TABLE portal;
