package vn.egov.console.docflow;

/** Rollout stages of the document-management software, in the order a unit goes through them. */
public enum Stage {
    NOT_STARTED, INSTALLED, TRAINED, IN_USE, HUB_CONNECTED, AXIS_CONNECTED;

    /** camelCase, so that message arguments naming a stage get translated too ({@code Notifications.translate}). */
    public String translationKey() {
        String[] parts = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder("docflow.stage.").append(parts[0]);
        for (int i = 1; i < parts.length; i++) key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        return key.toString();
    }

    /** The stages that carry a date (everything but "not started"). */
    public static Stage[] reachable() {
        return new Stage[] {INSTALLED, TRAINED, IN_USE, HUB_CONNECTED, AXIS_CONNECTED};
    }
}
