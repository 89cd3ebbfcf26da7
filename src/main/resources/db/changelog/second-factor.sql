--liquibase formatted sql

--changeset egov:second-factor-1
-- An ADMIN's authenticator (RFC 6238): the shared secret encrypted with the key kept outside the database
-- (decision record 0111); last_used_step stops a code from being used twice.
CREATE TABLE user_second_factor (
    user_id        BIGINT       NOT NULL PRIMARY KEY,
    secret_cipher  VARCHAR(255) NOT NULL,
    enrolled_at    TIMESTAMP(6) NOT NULL,
    last_used_step BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_second_factor_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One-time recovery codes, kept only as a keyed hash (HMAC-SHA-256 with the same key).
CREATE TABLE user_recovery_code (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id   BIGINT       NOT NULL,
    code_hash CHAR(64)     NOT NULL,
    used_at   TIMESTAMP(6) NULL,
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_recovery_code_user ON user_recovery_code (user_id);
