package vn.egov.console.docflow;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One unit's document exchange in one month. "Sent" counts outgoing documents: {@code sentTotal} all of them (paper
 * included), {@code sentElectronic} those sent electronically, and of these the ones sent via the national axis,
 * digitally signed, also sent on paper, and sent to central government (of which signed).
 */
public record MonthlyFigures(YearMonth month, long sentTotal, long sentElectronic, long receivedElectronic,
                             long sentViaAxis, long receivedViaAxis, long sentSigned, long sentPaperParallel,
                             long sentToCentral, long sentToCentralSigned) {

    /** A rule violation: the field (its JSON/import key) and the translation key of the message with arguments. */
    public record Violation(String field, String messageKey, Object... arguments) {
    }

    public static final long MAX_PER_MONTH = 1_000_000;
    public static final YearMonth EARLIEST = YearMonth.of(2010, 1);

    /** Every rule broken, in field order; empty when the month may be stored. */
    public List<Violation> violations(YearMonth currentMonth) {
        List<Violation> v = new ArrayList<>();
        if (month == null) {
            v.add(new Violation("month", "error.docflow.monthRequired"));
        } else if (month.isAfter(currentMonth)) {
            v.add(new Violation("month", "error.docflow.futureMonth", month.toString()));
        } else if (month.isBefore(EARLIEST)) {
            v.add(new Violation("month", "error.docflow.monthTooEarly", EARLIEST.toString()));
        }
        String[] names = {"sentTotal", "sentElectronic", "receivedElectronic", "sentViaAxis", "receivedViaAxis",
                "sentSigned", "sentPaperParallel", "sentToCentral", "sentToCentralSigned"};
        long[] values = {sentTotal, sentElectronic, receivedElectronic, sentViaAxis, receivedViaAxis, sentSigned,
                sentPaperParallel, sentToCentral, sentToCentralSigned};
        boolean numbersOk = true;
        for (int i = 0; i < names.length; i++) {
            if (values[i] < 0) {
                v.add(new Violation(names[i], "error.docflow.negative"));
                numbersOk = false;
            } else if (values[i] > MAX_PER_MONTH) {
                v.add(new Violation(names[i], "error.docflow.tooLarge", MAX_PER_MONTH));
                numbersOk = false;
            }
        }
        if (!numbersOk) return v;
        notMore(v, "sentElectronic", sentElectronic, sentTotal, "error.docflow.electronicAboveTotal");
        notMore(v, "sentViaAxis", sentViaAxis, sentElectronic, "error.docflow.axisAboveSent");
        notMore(v, "sentSigned", sentSigned, sentElectronic, "error.docflow.signedAboveSent");
        notMore(v, "sentPaperParallel", sentPaperParallel, sentElectronic, "error.docflow.paperAboveSent");
        notMore(v, "sentToCentral", sentToCentral, sentElectronic, "error.docflow.centralAboveSent");
        notMore(v, "sentToCentralSigned", sentToCentralSigned, sentToCentral, "error.docflow.centralSignedAboveCentral");
        notMore(v, "receivedViaAxis", receivedViaAxis, receivedElectronic, "error.docflow.axisAboveReceived");
        return v;
    }

    private static void notMore(List<Violation> v, String field, long part, long whole, String key) {
        if (part > whole) v.add(new Violation(field, key, part, whole));
    }
}
