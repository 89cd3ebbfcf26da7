package vn.egov.console.index;

/** Where an indicator's input comes from: a metric the console computes, or evidence the unit enters. */
public enum Source {
    METRIC, EVIDENCE;

    public String translationKey() {
        return "index.source." + name();
    }
}
