package vn.egov.console.docflow;

import java.time.LocalDate;

/** What a user enters for a unit's rollout. A stage is reached when its date is set. */
public record RolloutDraft(String vendor, String product, String productVersion, LocalDate installedOn,
                           LocalDate trainedOn, LocalDate inUseOn, LocalDate hubOn, LocalDate axisOn, String notes) {

    public LocalDate reachedOn(Stage stage) {
        return switch (stage) {
            case NOT_STARTED -> null;
            case INSTALLED -> installedOn;
            case TRAINED -> trainedOn;
            case IN_USE -> inUseOn;
            case HUB_CONNECTED -> hubOn;
            case AXIS_CONNECTED -> axisOn;
        };
    }
}
