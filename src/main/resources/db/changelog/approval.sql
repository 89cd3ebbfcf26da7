--liquibase formatted sql

--changeset egov:approval-1
-- The unit approval step (vn.egov.console.approval): an officer's request waits for the unit's head before the DIC
-- sees it. Requests filed before this step existed count as approved, so they stay in the DIC's queues.
ALTER TABLE mailbox_request
    ADD COLUMN approval_step VARCHAR(16)   NOT NULL DEFAULT 'APPROVED',
    ADD COLUMN approval_by   VARCHAR(100)  NULL,
    ADD COLUMN approval_at   TIMESTAMP(6)  NULL,
    ADD COLUMN approval_note VARCHAR(1000) NULL;
CREATE INDEX ix_mailbox_request_approval ON mailbox_request (approval_step, status, requested_at);
ALTER TABLE certificate_request
    ADD COLUMN approval_step VARCHAR(16)   NOT NULL DEFAULT 'APPROVED',
    ADD COLUMN approval_by   VARCHAR(100)  NULL,
    ADD COLUMN approval_at   TIMESTAMP(6)  NULL,
    ADD COLUMN approval_note VARCHAR(1000) NULL;
CREATE INDEX ix_certificate_request_approval ON certificate_request (approval_step, status, requested_at);
--rollback DROP INDEX ix_certificate_request_approval ON certificate_request; ALTER TABLE certificate_request DROP COLUMN approval_step, DROP COLUMN approval_by, DROP COLUMN approval_at, DROP COLUMN approval_note; DROP INDEX ix_mailbox_request_approval ON mailbox_request; ALTER TABLE mailbox_request DROP COLUMN approval_step, DROP COLUMN approval_by, DROP COLUMN approval_at, DROP COLUMN approval_note;
