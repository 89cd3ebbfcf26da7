package vn.egov.console.base.tabular;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import vn.egov.console.base.error.BusinessException;

/**
 * Every import in the console reads its file through {@link TabularReader}, so this is the one place that measures
 * imports: how long reading and handling the rows took (the handler validates and, for streamed imports, writes),
 * whether the file was accepted or refused, and how many rows came in. Uses Micrometer's global registry, which
 * Spring Boot binds to the application's, because the reader is a static utility called from many features.
 */
final class ImportMetrics {

    private ImportMetrics() {
    }

    static ReadSummary measure(Supplier<ReadSummary> read) {
        Timer.Sample sample = Timer.start(Metrics.globalRegistry);
        String outcome = "error";
        try {
            ReadSummary summary = read.get();
            outcome = summary.errors().isEmpty() ? "success" : "rows_rejected";
            Metrics.counter("app.import.rows").increment(summary.rows());
            return summary;
        } catch (BusinessException e) {
            outcome = "file_rejected";
            throw e;
        } finally {
            sample.stop(Timer.builder("app.import").description("File imports (read, validate, handle rows)")
                    .tag("outcome", outcome).register(Metrics.globalRegistry));
        }
    }
}
