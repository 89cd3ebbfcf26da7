package vn.egov.console.architecture;

/** Nguồn kinh phí: central state budget, provincial budget, public investment, IT-service lease, other. */
public enum FundingSource { STATE_BUDGET, PROVINCIAL_BUDGET, PUBLIC_INVESTMENT, IT_SERVICE_LEASE, OTHER }
