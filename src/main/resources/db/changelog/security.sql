--liquibase formatted sql

--changeset egov:security-1
CREATE TABLE app_user (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(60)  NOT NULL,
    full_name       VARCHAR(150) NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    unit_id         BIGINT       NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts INT          NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP(6) NULL,
    locale          VARCHAR(8)   NOT NULL DEFAULT 'vi',
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_app_user_unit ON app_user (unit_id);

CREATE TABLE login_audit (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    at             TIMESTAMP(6) NOT NULL,
    username       VARCHAR(100) NOT NULL,
    event          VARCHAR(20)  NOT NULL,
    remote_address VARCHAR(64)  NULL,
    detail         VARCHAR(255) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_login_audit_at ON login_audit (at);
CREATE INDEX ix_login_audit_username ON login_audit (username, at);
--rollback DROP TABLE login_audit; DROP TABLE app_user;
