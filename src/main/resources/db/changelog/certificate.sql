--liquibase formatted sql

--changeset egov:certificate-1
-- Specialised digital certificates (chứng thư số chuyên dùng). The tier is the holder unit's tier (joined, never
-- copied). serial/issuer stay NULL while a certificate is only requested; the serial is unique per issuer.
CREATE TABLE certificate (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id            BIGINT        NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    holder_name        VARCHAR(255)  NOT NULL,
    status             VARCHAR(24)   NOT NULL,
    serial             VARCHAR(64)   NULL,
    issuer             VARCHAR(255)  NULL,
    subject            VARCHAR(1000) NULL,
    key_usage          VARCHAR(255)  NULL,
    valid_from         DATE          NULL,
    valid_to           DATE          NULL,
    token_type         VARCHAR(100)  NULL,
    handed_over_on     DATE          NULL,
    trained_on         DATE          NULL,
    responsible_person VARCHAR(255)  NULL,
    replaced_by_id     BIGINT        NULL,
    alerted_level      INT           NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_certificate_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_certificate_replaced_by FOREIGN KEY (replaced_by_id) REFERENCES certificate (id),
    CONSTRAINT uk_certificate_serial UNIQUE (serial, issuer),
    CONSTRAINT ck_certificate_validity CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_certificate_unit_status ON certificate (unit_id, status);
CREATE INDEX ix_certificate_status_valid_to ON certificate (status, valid_to);
CREATE INDEX ix_certificate_kind_status ON certificate (kind, status);
CREATE INDEX ix_certificate_valid_to ON certificate (valid_to);
CREATE INDEX ix_certificate_holder ON certificate (holder_name);

CREATE TABLE certificate_history (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    certificate_id BIGINT        NOT NULL,
    from_status    VARCHAR(24)   NULL,
    to_status      VARCHAR(24)   NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    at             TIMESTAMP(6)  NOT NULL,
    reason         VARCHAR(1000) NULL,
    CONSTRAINT fk_certificate_history_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_certificate_history_certificate ON certificate_history (certificate_id, at);

-- Requests from units (new, renewal, revocation, lost token), processed by the DIC (ADMIN).
CREATE TABLE certificate_request (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id         BIGINT        NOT NULL,
    certificate_id  BIGINT        NULL,
    type            VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    holder_name     VARCHAR(255)  NOT NULL,
    reason          VARCHAR(1000) NULL,
    previous_status VARCHAR(24)   NULL,
    requested_by    VARCHAR(100)  NOT NULL,
    requested_at    TIMESTAMP(6)  NOT NULL,
    processed_by    VARCHAR(100)  NULL,
    processed_at    TIMESTAMP(6)  NULL,
    resolution      VARCHAR(1000) NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_certificate_request_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_certificate_request_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
        ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_certificate_request_status ON certificate_request (status, requested_at);
CREATE INDEX ix_certificate_request_unit ON certificate_request (unit_id, status);
CREATE INDEX ix_certificate_request_certificate ON certificate_request (certificate_id, status);
--rollback DROP TABLE certificate_request; DROP TABLE certificate_history; DROP TABLE certificate;
