package vn.egov.console.base.text;

/**
 * The length limits of free text, in characters (code points), in one place. Each matches the VARCHAR size of the
 * columns that store such text, so a value the form accepts always fits the database.
 */
public final class TextLimits {

    /** Codes and identifiers typed by hand (unit code, mã định danh). */
    public static final int CODE = 40;
    /** Short labels (an API token's name). */
    public static final int LABEL = 120;
    /** A person's name or position. */
    public static final int PERSON_NAME = 150;
    /** Names and titles of things (a unit, a portal, a certificate holder), e-mail addresses, URLs. */
    public static final int NAME = 255;
    /** One-paragraph summaries (an incident). */
    public static final int SUMMARY = 500;
    /** Notes and reasons. */
    public static final int NOTE = 1000;
    /** Longer free text (actions taken, rollout notes). */
    public static final int LONG_TEXT = 2000;

    private TextLimits() {
    }
}
