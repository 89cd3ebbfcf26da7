--liquibase formatted sql

--changeset egov:docflow-1
-- One row per unit: which document-management software it runs and the day it reached each rollout stage.
CREATE TABLE docflow_rollout (
    unit_id       BIGINT        NOT NULL PRIMARY KEY,
    vendor        VARCHAR(120)  NULL,
    product       VARCHAR(120)  NULL,
    product_ver   VARCHAR(40)   NULL,
    installed_on  DATE          NULL,
    trained_on    DATE          NULL,
    in_use_on     DATE          NULL,
    hub_on        DATE          NULL,
    axis_on       DATE          NULL,
    notes         VARCHAR(2000) NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    updated_at    TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_by    VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_docflow_rollout_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Monthly exchange figures per unit; month is the first day of the month. The checks repeat the service's rules so
-- that no path (import, API, SQL console) can store an impossible month.
CREATE TABLE docflow_monthly (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id               BIGINT       NOT NULL,
    month                 DATE         NOT NULL,
    sent_total            INT          NOT NULL,
    sent_electronic       INT          NOT NULL,
    received_electronic   INT          NOT NULL,
    sent_via_axis         INT          NOT NULL,
    received_via_axis     INT          NOT NULL,
    sent_signed           INT          NOT NULL,
    sent_paper_parallel   INT          NOT NULL,
    sent_to_central       INT          NOT NULL,
    sent_to_central_signed INT         NOT NULL,
    source                VARCHAR(10)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    updated_at            TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_by            VARCHAR(100) NOT NULL,
    CONSTRAINT uk_docflow_monthly UNIQUE (unit_id, month),
    CONSTRAINT fk_docflow_monthly_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_docflow_monthly_sent CHECK (sent_electronic >= 0 AND sent_electronic <= sent_total),
    CONSTRAINT ck_docflow_monthly_parts CHECK (sent_via_axis >= 0 AND sent_via_axis <= sent_electronic
        AND sent_signed >= 0 AND sent_signed <= sent_electronic
        AND sent_paper_parallel >= 0 AND sent_paper_parallel <= sent_electronic
        AND sent_to_central >= 0 AND sent_to_central <= sent_electronic
        AND sent_to_central_signed >= 0 AND sent_to_central_signed <= sent_to_central
        AND received_electronic >= 0 AND received_via_axis >= 0 AND received_via_axis <= received_electronic)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- province-wide sums by month range scan this index
CREATE INDEX ix_docflow_monthly_month ON docflow_monthly (month, unit_id);

-- Tokens the units' document-management systems push figures with. Only the SHA-256 of the token is kept.
CREATE TABLE docflow_api_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id     BIGINT       NOT NULL,
    label       VARCHAR(120) NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    prefix      VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    revoked_at  TIMESTAMP(6) NULL,
    revoked_by  VARCHAR(100) NULL,
    last_used_at TIMESTAMP(6) NULL,
    CONSTRAINT uk_docflow_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_docflow_api_token_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_docflow_api_token_unit ON docflow_api_token (unit_id);
--rollback DROP TABLE docflow_api_token; DROP TABLE docflow_monthly; DROP TABLE docflow_rollout;
