package vn.egov.console.base.demo;

/**
 * A feature's part of the demo province. Seeders run in {@link #order()} on start-up when {@code app.demo.enabled}
 * is true, before the web server opens; each one checks for itself whether its data is already there, so restarts
 * never duplicate anything. {@link #seedIfEmpty()} must be all-or-nothing (one {@code @Transactional} method that
 * writes only through the transaction's connection): a start killed half-way then leaves the feature empty, and the
 * next start loads it whole instead of skipping a half-filled table for good.
 */
public interface DemoDataSeeder {

    /** Lower runs first: organization 100, users 200, later features after that. */
    int order();

    void seedIfEmpty();
}
