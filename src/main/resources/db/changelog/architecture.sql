--liquibase formatted sql

--changeset egov:architecture-1
-- National architecture frameworks a provincial version follows: data, since new ones keep coming.
CREATE TABLE arch_framework (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(255) NOT NULL,
    issued_by  VARCHAR(255) NULL,
    sort_order INT          NOT NULL,
    CONSTRAINT uk_arch_framework_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Components (thành phần kiến trúc) and task groups, in the order the annex lists them.
CREATE TABLE arch_component (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name_vi    VARCHAR(255) NOT NULL,
    name_en    VARCHAR(255) NOT NULL,
    sort_order INT          NOT NULL,
    CONSTRAINT uk_arch_component_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A version of the province's architecture. approved_flag is 1 only for the approved one, so the unique key allows
-- one approved version at a time (NULLs do not collide).
CREATE TABLE arch_version (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(255) NOT NULL,
    framework_id    BIGINT       NOT NULL,
    decision_number VARCHAR(100) NULL,
    decision_date   DATE         NULL,
    period_from     INT          NOT NULL,
    period_to       INT          NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    approved_flag   TINYINT AS (IF(status = 'APPROVED', 1, NULL)) PERSISTENT,
    approved_at     TIMESTAMP(6) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(6) NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_arch_version_framework FOREIGN KEY (framework_id) REFERENCES arch_framework (id),
    CONSTRAINT uk_arch_version_approved UNIQUE (approved_flag),
    CONSTRAINT ck_arch_version_period CHECK (period_to >= period_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Roadmap tasks. percent_done is kept for leaf tasks only (parents are computed from their children); baseline_*
-- are the planned dates frozen when the version was approved.
CREATE TABLE arch_task (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id      BIGINT        NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    component_id    BIGINT        NOT NULL,
    parent_id       BIGINT        NULL,
    legal_basis     VARCHAR(1000) NULL,
    lead_unit_id    BIGINT        NOT NULL,
    planned_start   DATE          NOT NULL,
    planned_end     DATE          NOT NULL,
    baseline_start  DATE          NULL,
    baseline_end    DATE          NULL,
    funding_source  VARCHAR(24)   NULL,
    estimate_vnd    BIGINT        NULL,
    disbursed_vnd   BIGINT        NOT NULL DEFAULT 0,
    deliverable     VARCHAR(1000) NULL,
    status          VARCHAR(16)   NOT NULL,
    percent_done    INT           NOT NULL DEFAULT 0,
    done_on         DATE          NULL,
    carried_from_id BIGINT        NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(6)  NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_arch_task_version FOREIGN KEY (version_id) REFERENCES arch_version (id),
    CONSTRAINT fk_arch_task_component FOREIGN KEY (component_id) REFERENCES arch_component (id),
    CONSTRAINT fk_arch_task_parent FOREIGN KEY (parent_id) REFERENCES arch_task (id),
    CONSTRAINT fk_arch_task_lead FOREIGN KEY (lead_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_arch_task_carried FOREIGN KEY (carried_from_id) REFERENCES arch_task (id),
    CONSTRAINT uk_arch_task_code UNIQUE (version_id, code),
    CONSTRAINT ck_arch_task_dates CHECK (planned_end >= planned_start),
    CONSTRAINT ck_arch_task_money CHECK ((estimate_vnd IS NULL OR estimate_vnd >= 0) AND disbursed_vnd >= 0),
    CONSTRAINT ck_arch_task_percent CHECK (percent_done BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_arch_task_version_component ON arch_task (version_id, component_id, code);
CREATE INDEX ix_arch_task_lead ON arch_task (lead_unit_id, status);
CREATE INDEX ix_arch_task_status_end ON arch_task (status, planned_end);
CREATE INDEX ix_arch_task_parent ON arch_task (parent_id);

CREATE TABLE arch_task_coordinator (
    task_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    PRIMARY KEY (task_id, unit_id),
    CONSTRAINT fk_arch_coordinator_task FOREIGN KEY (task_id) REFERENCES arch_task (id) ON DELETE CASCADE,
    CONSTRAINT fk_arch_coordinator_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB;
CREATE INDEX ix_arch_coordinator_unit ON arch_task_coordinator (unit_id);

-- Finish-to-start: task_id may start once prerequisite_id has finished.
CREATE TABLE arch_task_dependency (
    task_id         BIGINT NOT NULL,
    prerequisite_id BIGINT NOT NULL,
    PRIMARY KEY (task_id, prerequisite_id),
    CONSTRAINT fk_arch_dependency_task FOREIGN KEY (task_id) REFERENCES arch_task (id) ON DELETE CASCADE,
    CONSTRAINT fk_arch_dependency_prerequisite FOREIGN KEY (prerequisite_id) REFERENCES arch_task (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_arch_dependency_self CHECK (task_id <> prerequisite_id)
) ENGINE = InnoDB;
CREATE INDEX ix_arch_dependency_prerequisite ON arch_task_dependency (prerequisite_id);

-- Progress reports by the lead unit, verified by the DIC; accepted ones update the task. Never deleted: history.
CREATE TABLE arch_progress_report (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id       BIGINT        NOT NULL,
    period        VARCHAR(7)    NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    percent_done  INT           NOT NULL,
    disbursed_vnd BIGINT        NOT NULL,
    blockers      VARCHAR(2000) NULL,
    evidence_id   BIGINT        NULL,
    reported_by   VARCHAR(100)  NOT NULL,
    reported_at   TIMESTAMP(6)  NOT NULL,
    verification  VARCHAR(16)   NOT NULL,
    verified_by   VARCHAR(100)  NULL,
    verified_at   TIMESTAMP(6)  NULL,
    return_reason VARCHAR(1000) NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_arch_report_task FOREIGN KEY (task_id) REFERENCES arch_task (id),
    CONSTRAINT fk_arch_report_evidence FOREIGN KEY (evidence_id) REFERENCES evidence_file (id),
    CONSTRAINT ck_arch_report_percent CHECK (percent_done BETWEEN 0 AND 100 AND disbursed_vnd >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_arch_report_task ON arch_progress_report (task_id, reported_at);
CREATE INDEX ix_arch_report_verification ON arch_progress_report (verification, reported_at);

INSERT INTO arch_framework (code, name, issued_by, sort_order) VALUES
    ('CPDT-1.0', 'Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 1.0', 'Bộ Thông tin và Truyền thông (2015)', 10),
    ('CPDT-2.0', 'Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 2.0', 'Bộ Thông tin và Truyền thông (2019)', 20),
    ('CPS-3.0', 'Khung Kiến trúc Chính phủ số Việt Nam, phiên bản 3.0 (Quyết định 2568/QĐ-BTTTT ngày 29/12/2023)', 'Bộ Thông tin và Truyền thông', 30),
    ('KTS-2025', 'Khung Kiến trúc số quốc gia (Quyết định 3090/QĐ-BKHCN ngày 08/10/2025)', 'Bộ Khoa học và Công nghệ', 40);

INSERT INTO arch_component (code, name_vi, name_en, sort_order) VALUES
    ('BUS', 'Kiến trúc nghiệp vụ', 'Business architecture', 10),
    ('DATA', 'Kiến trúc dữ liệu', 'Data architecture', 20),
    ('APP', 'Kiến trúc ứng dụng', 'Application architecture', 30),
    ('TECH', 'Kiến trúc công nghệ, hạ tầng kỹ thuật', 'Technology and infrastructure architecture', 40),
    ('SEC', 'Kiến trúc an toàn thông tin', 'Security architecture', 50),
    ('INT', 'Nền tảng tích hợp, chia sẻ dữ liệu (LGSP, kết nối NDXP)', 'Integration platform (LGSP, linked to NDXP)', 60),
    ('LEGAL', 'Môi trường pháp lý', 'Legal environment', 70),
    ('HR', 'Nguồn nhân lực', 'Human resources', 80);
--rollback DROP TABLE arch_progress_report; DROP TABLE arch_task_dependency; DROP TABLE arch_task_coordinator; DROP TABLE arch_task; DROP TABLE arch_version; DROP TABLE arch_component; DROP TABLE arch_framework;
