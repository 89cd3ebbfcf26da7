--liquibase formatted sql

--changeset egov:province-settings-1
-- One row: what the console says about the province it serves. Empty until an administrator saves the settings
-- screen; until then the configuration (app.province.*) is used.
CREATE TABLE province_settings (
    id                 TINYINT      NOT NULL PRIMARY KEY,
    province_name      VARCHAR(120) NOT NULL,
    province_code      VARCHAR(20)  NOT NULL,
    department_name_vi VARCHAR(255) NOT NULL,
    department_name_en VARCHAR(255) NOT NULL,
    mail_domains       VARCHAR(500) NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    updated_by         VARCHAR(100) NULL,
    updated_at         TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT ck_province_settings_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE province_settings;
