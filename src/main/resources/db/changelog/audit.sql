--liquibase formatted sql

--changeset egov:audit-1
-- One audit trail of every change (see docs/decisions/0061-audit-trail.md): written by the services in the same
-- transaction as the change. changes is a JSON array of {field, before, after}.
CREATE TABLE audit_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    at          TIMESTAMP(6)  NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    client      VARCHAR(64)   NULL,
    feature     VARCHAR(30)   NOT NULL,
    entity_type VARCHAR(40)   NOT NULL,
    entity_id   BIGINT        NULL,
    label       VARCHAR(255)  NULL,
    action      VARCHAR(20)   NOT NULL,
    changes     MEDIUMTEXT    NULL,
    note        VARCHAR(2000) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_at ON audit_entry (at, id);
CREATE INDEX ix_audit_feature ON audit_entry (feature, at);
CREATE INDEX ix_audit_actor ON audit_entry (actor, at);
CREATE INDEX ix_audit_record ON audit_entry (entity_type, entity_id, at);
CREATE INDEX ix_audit_entity_id ON audit_entry (entity_id, at);
--rollback DROP TABLE audit_entry;
