package vn.egov.console.base.demo;

/**
 * A feature's part of the demo province. Seeders run in {@link #order()} on start-up when {@code app.demo.enabled}
 * is true; each one checks for itself whether its data is already there, so restarts never duplicate anything.
 */
public interface DemoDataSeeder {

    /** Lower runs first: organization 100, users 200, later features after that. */
    int order();

    void seedIfEmpty();
}
