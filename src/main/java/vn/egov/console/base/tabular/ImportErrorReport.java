package vn.egov.console.base.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** The downloadable per-row error report of a rejected import: row, column, message in the user's language. */
public final class ImportErrorReport {

    private ImportErrorReport() {
    }

    /**
     * @param translate turns a row error into the message the user reads (usually via the UI's getTranslation)
     * @param headers   the report's three column titles, in the user's language
     */
    public static byte[] csv(List<RowError> errors, List<String> headers, Function<RowError, String> translate) {
        var out = new ByteArrayOutputStream();
        try {
            Stream<List<?>> rows = errors.stream()
                    .sorted(Comparator.comparingInt(RowError::line))
                    .map(e -> List.of(e.line(), e.column() == null ? "" : e.column(), translate.apply(e)));
            TabularWriter.csv(out, headers, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
