package vn.egov.console.base.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.console.base.error.BusinessException;

class BackgroundTableReaderTest {

    static final List<Column> COLUMNS = List.of(Column.required("code", "Mã"), Column.optional("name", "Tên"));

    @TempDir
    Path dir;

    @Test
    void handsOverEveryRowInFileOrderInChunks() throws IOException {
        Path file = csv(2_345);
        List<List<String>> chunks = new ArrayList<>();
        try (var reader = BackgroundTableReader.start(file, COLUMNS, 1 << 20, 1_000, row -> row.get("code"))) {
            for (List<String> chunk; (chunk = reader.next()) != null; ) chunks.add(chunk);
            assertThat(reader.summary().rows()).isEqualTo(2_345);
            assertThat(reader.next()).isNull();
        }
        assertThat(chunks).extracting(List::size).containsExactly(1_000, 1_000, 345);
        assertThat(chunks.getFirst().getFirst()).isEqualTo("C0");
        assertThat(chunks.getLast().getLast()).isEqualTo("C2344");
    }

    @Test
    void aBadFileIsReportedToTheCallerWithItsMessage() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        try (var reader = BackgroundTableReader.start(empty, COLUMNS, 1 << 20, 10, row -> row)) {
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(BusinessException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("error.import.empty"));
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aFailingMapperStopsTheReadAtThatRow() throws IOException {
        Path file = csv(50);
        try (var reader = BackgroundTableReader.start(file, COLUMNS, 1 << 20, 10, row -> {
            if (row.get("code").equals("C25")) throw new BusinessException("error.import.changedDuringImport");
            return row.get("code");
        })) {
            assertThat(reader.next()).hasSize(10);
            assertThat(reader.next()).hasSize(10);
            assertThatThrownBy(reader::next).isInstanceOf(BusinessException.class);
        }
    }

    @Test
    void closingEarlyStopsTheReadingThread() throws Exception {
        Path file = csv(100_000);
        Thread readingThread;
        try (var reader = BackgroundTableReader.start(file, COLUMNS, 1 << 24, 100, row -> row.get("code"))) {
            assertThat(reader.next()).hasSize(100);
            readingThread = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("table-reader-" + file.getFileName())).findFirst().orElseThrow();
        }
        readingThread.join(TimeUnit.SECONDS.toMillis(5));
        assertThat(readingThread.isAlive()).isFalse();
    }

    private Path csv(int rows) throws IOException {
        StringBuilder text = new StringBuilder("Mã;Tên\n");
        for (int i = 0; i < rows; i++) text.append('C').append(i).append(";Đơn vị ").append(i).append('\n');
        return Files.writeString(dir.resolve("rows-" + rows + ".csv"), text, StandardCharsets.UTF_8);
    }
}
