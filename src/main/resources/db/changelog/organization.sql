--liquibase formatted sql

--changeset egov:organization-1
CREATE TABLE unit (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    name           VARCHAR(255) NOT NULL,
    tier           VARCHAR(16)  NOT NULL,
    kind           VARCHAR(32)  NOT NULL,
    parent_id      BIGINT       NULL,
    headcount      INT          NOT NULL DEFAULT 0,
    has_it_officer BOOLEAN      NOT NULL DEFAULT FALSE,
    status         VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    successor_id   BIGINT       NULL,
    ended_on       DATE         NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_unit_code UNIQUE (code),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id),
    CONSTRAINT fk_unit_successor FOREIGN KEY (successor_id) REFERENCES unit (id),
    CONSTRAINT ck_unit_headcount CHECK (headcount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_unit_parent ON unit (parent_id);
CREATE INDEX ix_unit_tier_kind ON unit (tier, kind);

CREATE TABLE unit_history (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id  BIGINT        NOT NULL,
    event    VARCHAR(20)   NOT NULL,
    detail   VARCHAR(2000) NULL,
    actor    VARCHAR(100)  NOT NULL,
    at       TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_unit_history_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_unit_history_unit ON unit_history (unit_id, at);
--rollback DROP TABLE unit_history; DROP TABLE unit;
