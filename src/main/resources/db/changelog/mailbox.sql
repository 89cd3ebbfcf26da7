--liquibase formatted sql

--changeset egov:mailbox-1
CREATE TABLE mailbox (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    address       VARCHAR(254) NOT NULL,
    -- the address while the mailbox is not closed: unique, so two live mailboxes never share an address, while
    -- closed ones keep theirs for the history (the 12-month quarantine is checked by the service)
    live_address  VARCHAR(254) AS (IF(status = 'CLOSED', NULL, address)) PERSISTENT,
    holder_kind   VARCHAR(8)   NOT NULL,
    holder_name   VARCHAR(150) NOT NULL,
    -- holder name without accents, lower case: accent-insensitive prefix search on an index
    holder_folded VARCHAR(150) NOT NULL,
    position      VARCHAR(150) NULL,
    unit_id       BIGINT       NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    quota_mb      INT          NOT NULL DEFAULT 2048,
    used_mb       INT          NOT NULL DEFAULT 0,
    requested_on  DATE         NULL,
    activated_on  DATE         NULL,
    closed_on     DATE         NULL,
    last_login    DATE         NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_mailbox_live_address UNIQUE (live_address),
    CONSTRAINT fk_mailbox_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_mailbox_quota CHECK (quota_mb >= 0 AND used_mb >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- grid orders: address (default) and holder, each with id as tie-breaker for keyset paging
CREATE INDEX ix_mailbox_address ON mailbox (address, id);
CREATE INDEX ix_mailbox_holder ON mailbox (holder_folded, id);
CREATE INDEX ix_mailbox_unit ON mailbox (unit_id, address, id);
CREATE INDEX ix_mailbox_status ON mailbox (status, address, id);
CREATE INDEX ix_mailbox_login ON mailbox (last_login);
-- coverage: one covering scan per unit
CREATE INDEX ix_mailbox_coverage ON mailbox (unit_id, status, holder_kind, last_login);

CREATE TABLE mailbox_request (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(8)    NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    unit_id         BIGINT        NOT NULL,
    mailbox_id      BIGINT        NULL,
    holder_kind     VARCHAR(8)    NULL,
    holder_name     VARCHAR(150)  NULL,
    position        VARCHAR(150)  NULL,
    address         VARCHAR(254)  NULL,
    note            VARCHAR(1000) NULL,
    requested_by    VARCHAR(100)  NOT NULL,
    requested_at    TIMESTAMP(6)  NOT NULL,
    decided_by      VARCHAR(100)  NULL,
    decided_at      TIMESTAMP(6)  NULL,
    decision_reason VARCHAR(1000) NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_mailbox_request_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_mailbox_request_mailbox FOREIGN KEY (mailbox_id) REFERENCES mailbox (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_mailbox_request_status ON mailbox_request (status, requested_at);
CREATE INDEX ix_mailbox_request_unit ON mailbox_request (unit_id, requested_at);

CREATE TABLE mailbox_audit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    mailbox_id  BIGINT        NULL,
    request_id  BIGINT        NULL,
    action      VARCHAR(20)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    at          TIMESTAMP(6)  NOT NULL,
    before_value VARCHAR(2000) NULL,
    after_value  VARCHAR(2000) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_mailbox_audit_mailbox ON mailbox_audit (mailbox_id, at);
CREATE INDEX ix_mailbox_audit_request ON mailbox_audit (request_id, at);
--rollback DROP TABLE mailbox_audit; DROP TABLE mailbox_request; DROP TABLE mailbox;
