package vn.egov.console.docflow;

/** Rollout stages of the document-management software, in the order a unit goes through them. */
public enum Stage {
    NOT_STARTED, INSTALLED, TRAINED, IN_USE, HUB_CONNECTED, AXIS_CONNECTED;

    public String translationKey() {
        return "docflow.stage." + name();
    }

    /** The stages that carry a date (everything but "not started"). */
    public static Stage[] reachable() {
        return new Stage[] {INSTALLED, TRAINED, IN_USE, HUB_CONNECTED, AXIS_CONNECTED};
    }
}
