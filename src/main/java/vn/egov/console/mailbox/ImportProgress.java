package vn.egov.console.mailbox;

/** Told every few thousand rows how far an import has got, so a large file shows progress. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, rows) -> { };

    /** @param phaseKey translation key of the phase ("mailbox.import.validating", "mailbox.import.saving") */
    void update(String phaseKey, long rows);
}
