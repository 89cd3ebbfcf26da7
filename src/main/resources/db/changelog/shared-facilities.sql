--liquibase formatted sql

--changeset egov:shared-facilities-1
-- Evidence files (minh chứng): a document number, date and summary with the uploaded file, kept in the database so a
-- report and its evidence commit or roll back together and one backup holds both (docs/decisions/0011).
CREATE TABLE evidence_file (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_number VARCHAR(100)  NULL,
    document_date   DATE          NULL,
    summary         VARCHAR(1000) NULL,
    file_name       VARCHAR(255)  NOT NULL,
    file_type       VARCHAR(8)    NOT NULL,
    size_bytes      INT           NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    content         LONGBLOB      NOT NULL,
    uploaded_by     VARCHAR(100)  NOT NULL,
    uploaded_at     TIMESTAMP(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Once-per-threshold reminders: a row per (kind of reminder, record, threshold) that went out. A run sends a
-- threshold only when no equally or more urgent one is marked, so repeats never happen and a catch-up after downtime
-- sends only the most urgent threshold crossed.
CREATE TABLE reminder_mark (
    kind      VARCHAR(40)  NOT NULL,
    record_id BIGINT       NOT NULL,
    threshold INT          NOT NULL,
    sent_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (kind, record_id, threshold)
) ENGINE = InnoDB;

-- The certificate expiry job kept its last level on the certificate; its marks move here.
INSERT INTO reminder_mark (kind, record_id, threshold, sent_at)
SELECT 'certificate-expiry', id, alerted_level, updated_at FROM certificate WHERE alerted_level IS NOT NULL;
--rollback DROP TABLE reminder_mark; DROP TABLE evidence_file;
