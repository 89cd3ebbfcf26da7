package vn.egov.console.certificate;

/**
 * The figures of the tier × kind summary, each also a filter so a figure drills down to exactly the rows it counts.
 * "Handed over" counts every certificate that was ever handed over to its holder (in use, expired, revoked or token
 * lost alike) except a replaced one, whose renewal counts instead: so the 2019 figures (150 / 177 / 92 + 53) stay true
 * as certificates age, and a renewal does not count a holder twice.
 */
public enum SummaryFigure {
    HANDED_OVER, IN_FORCE, EXPIRING, EXPIRED, REVOKED;

    /** Days ahead that count as "expiring soon" in the summary and on the overview tile. */
    public static final int EXPIRING_DAYS = 90;

    public String translationKey() {
        return "certificateFigure." + name();
    }
}
