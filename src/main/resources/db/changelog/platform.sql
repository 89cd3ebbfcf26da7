--liquibase formatted sql

--changeset egov:platform-1
-- ShedLock: one row per scheduled job; a node runs a job only while it holds the row's lock.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB;

-- In-app notifications (the bell). Text is stored in the recipient's language at the time it was raised.
CREATE TABLE notification (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT        NOT NULL,
    created_at TIMESTAMP(6)  NOT NULL,
    title      VARCHAR(255)  NOT NULL,
    body       VARCHAR(2000) NULL,
    route      VARCHAR(255)  NULL,
    dedup_key  VARCHAR(190)  NULL,
    read_at    TIMESTAMP(6)  NULL,
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT uk_notification_dedup UNIQUE (user_id, dedup_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_notification_unread ON notification (user_id, read_at, created_at);

-- E-mail outbox: written in the business transaction, sent by a scheduled job, so no mail is lost when SMTP is down.
CREATE TABLE email_outbox (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient  VARCHAR(255)  NOT NULL,
    subject    VARCHAR(255)  NOT NULL,
    body       TEXT          NOT NULL,
    created_at TIMESTAMP(6)  NOT NULL,
    sent_at    TIMESTAMP(6)  NULL,
    attempts   INT           NOT NULL DEFAULT 0,
    last_error VARCHAR(500)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_email_outbox_pending ON email_outbox (sent_at, id);

ALTER TABLE app_user ADD COLUMN email VARCHAR(255) NULL;
--rollback ALTER TABLE app_user DROP COLUMN email; DROP TABLE email_outbox; DROP TABLE notification; DROP TABLE shedlock;
