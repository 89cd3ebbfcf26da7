--liquibase formatted sql

--changeset egov:publicservice-dashboard-index-1
-- The province's dashboard sums a year of ps_unit_field_month by month (about 50,000 rows at national scale). Through
-- the month index each row cost a lookup in the table; with the figures in the index the sum reads the index alone.
CREATE INDEX ix_ps_ufm_month_figures ON ps_unit_field_month (month, unit_id, field, received, received_online,
    resolved, resolved_on_time, late, digitised, e_results, paid_online, rows_count);
DROP INDEX ix_ps_ufm_month ON ps_unit_field_month;
--rollback CREATE INDEX ix_ps_ufm_month ON ps_unit_field_month (month, unit_id); DROP INDEX ix_ps_ufm_month_figures ON ps_unit_field_month;
