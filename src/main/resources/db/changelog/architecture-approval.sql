--liquibase formatted sql

--changeset egov:architecture-approval-1
-- The unit approval step for progress reports: an IT officer's report waits for the unit's head before the DIC
-- verifies it. Reports filed before this step existed count as approved, so they stay in the DIC's queue.
ALTER TABLE arch_progress_report
    ADD COLUMN approval_step VARCHAR(16)   NOT NULL DEFAULT 'APPROVED',
    ADD COLUMN approval_by   VARCHAR(100)  NULL,
    ADD COLUMN approval_at   TIMESTAMP(6)  NULL,
    ADD COLUMN approval_note VARCHAR(1000) NULL;
CREATE INDEX ix_arch_report_approval ON arch_progress_report (approval_step, verification, reported_at);
--rollback DROP INDEX ix_arch_report_approval ON arch_progress_report; ALTER TABLE arch_progress_report DROP COLUMN approval_step, DROP COLUMN approval_by, DROP COLUMN approval_at, DROP COLUMN approval_note;
