--liquibase formatted sql

--changeset egov:publicservice-summary-by-month-1
-- The province's dashboard, trend and ranking read a period of ps_unit_field_month for every unit: with the month first
-- in the primary key that range is read in key order, instead of one primary-key lookup per row through the month
-- index (≈50,000 rows a year at national scale). A unit's figures use the (unit, month) index (decision 0044).
ALTER TABLE ps_unit_field_month DROP PRIMARY KEY, ADD PRIMARY KEY (month, unit_id, field),
    DROP INDEX ix_ps_ufm_month, ADD INDEX ix_ps_ufm_unit_month (unit_id, month);
--rollback ALTER TABLE ps_unit_field_month DROP PRIMARY KEY, ADD PRIMARY KEY (unit_id, month, field), DROP INDEX ix_ps_ufm_unit_month, ADD INDEX ix_ps_ufm_month (month, unit_id);
