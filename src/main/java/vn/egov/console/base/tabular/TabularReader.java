package vn.egov.console.base.tabular;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.egov.console.base.error.BusinessException;

/**
 * Reads an uploaded table, CSV (UTF-8 with or without BOM; comma, semicolon or tab) or Excel .xlsx (first sheet),
 * streaming row by row. File-level problems (empty, too large, too many rows, not UTF-8, old .xls, not a table at
 * all, a damaged .xlsx, no header row, missing or unknown columns) throw a {@link BusinessException} whose message is
 * a translated sentence a user can act on; what the parsing library said goes to the log only, never to the user.
 * Row-level problems (too many cells) are collected. Cells reach the importer cleaned by {@link TableRow#get}.
 */
public final class TabularReader {

    private static final Logger log = LoggerFactory.getLogger(TabularReader.class);

    /** Rows an import reads at most unless it says otherwise: far above a province's data, far below a memory risk. */
    public static final int DEFAULT_MAX_ROWS = 1_000_000;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** Files people pick by mistake: PDF, PNG, JPEG, GIF, gzip, 7z, RAR. */
    private static final List<byte[]> OTHER_FORMATS = List.of(
            new byte[] {'%', 'P', 'D', 'F'}, new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, new byte[] {'G', 'I', 'F', '8'},
            new byte[] {0x1F, (byte) 0x8B}, new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF},
            new byte[] {'R', 'a', 'r', '!'});

    private TabularReader() {
    }

    public static ReadSummary read(InputStream input, List<Column> columns, long maxBytes, RowHandler handler) {
        return read(input, columns, maxBytes, DEFAULT_MAX_ROWS, handler);
    }

    /** @param maxRows data rows accepted; one more and the import is refused with a message saying the limit */
    public static ReadSummary read(InputStream input, List<Column> columns, long maxBytes, int maxRows,
                                   RowHandler handler) {
        return ImportMetrics.measure(() -> readUnmeasured(input, columns, maxBytes, maxRows, handler));
    }

    private static ReadSummary readUnmeasured(InputStream input, List<Column> columns, long maxBytes, int maxRows,
                                              RowHandler handler) {
        var in = new BufferedInputStream(new LimitedInputStream(input, maxBytes), 64 * 1024);
        try {
            in.mark(8);
            byte[] head = in.readNBytes(4);
            in.reset();
            if (head.length == 0) throw new BusinessException("error.import.empty");
            if (startsWith(head, OLE2)) throw new BusinessException("error.import.oldExcel");
            if (OTHER_FORMATS.stream().anyMatch(magic -> startsWith(head, magic))) {
                throw new BusinessException("error.import.notTable");
            }
            return startsWith(head, ZIP) ? readXlsx(in, columns, maxRows, handler) : readCsv(in, columns, maxRows, handler);
        } catch (LimitedInputStream.TooLarge e) {
            throw new BusinessException("error.import.tooLarge", maxBytes / (1024 * 1024));
        } catch (CharacterCodingException e) {
            throw new BusinessException("error.import.encoding");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) throw new BusinessException("error.import.encoding");
            if (e.getCause() instanceof LimitedInputStream.TooLarge) {
                throw new BusinessException("error.import.tooLarge", maxBytes / (1024 * 1024));
            }
            throw unreadable(e.getCause());
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static BusinessException unreadable(Throwable cause) {
        log.warn("An uploaded table could not be read: {}", cause.toString(), cause);
        return new BusinessException("error.import.unreadable");
    }

    /** A .xlsx the workbook reader chokes on: a renamed file of another kind, cut short, or damaged. */
    private static BusinessException damagedXlsx(Throwable cause) {
        log.warn("An uploaded .xlsx could not be read: {}", cause.toString(), cause);
        return new BusinessException("error.import.damagedXlsx");
    }

    private static ReadSummary readCsv(InputStream in, List<Column> columns, int maxRows, RowHandler handler)
            throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
        reader.mark(64 * 1024);
        String firstLine = reader.readLine();
        if (firstLine == null || firstLine.isBlank()) throw new BusinessException("error.import.empty");
        if (firstLine.charAt(0) == '\uFEFF') firstLine = firstLine.substring(1);
        char delimiter = guessDelimiter(firstLine);
        reader.reset();
        if (reader.read() != '\uFEFF') reader.reset();

        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            var records = parser.iterator();
            if (!records.hasNext()) throw new BusinessException("error.import.empty");
            Header header = Header.of(records.next().toList(), columns);
            int count = 0;
            List<RowError> errors = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = (int) record.getRecordNumber();
                if (record.size() == 1 && record.get(0).isBlank()) continue;
                if (++count > maxRows) throw new BusinessException("error.import.tooManyRows", maxRows);
                List<String> cells = record.toList();
                if (cells.size() > header.width()) {
                    errors.add(new RowError(line, null, "error.import.tooManyColumns", cells.size(), header.width()));
                    continue;
                }
                handler.row(new TableRow(line, header.map(cells)));
            }
            if (count == 0) throw new BusinessException("error.import.noRows");
            return new ReadSummary(header.present(), count, errors);
        } catch (IllegalStateException | UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException || e.getCause() instanceof LimitedInputStream.TooLarge) {
                throw e;
            }
            // commons-csv reports a broken quote this way; its text is English and names internal positions
            log.info("A CSV upload is malformed: {}", e.getMessage());
            throw new BusinessException("error.import.malformedCsv", lineOf(e.getMessage()));
        }
    }

    private static ReadSummary readXlsx(InputStream in, List<Column> columns, int maxRows, RowHandler handler)
            throws IOException {
        try (ReadableWorkbook workbook = workbookCall(() -> new ReadableWorkbook(in))) {
            Sheet sheet = workbookCall(workbook::getFirstSheet);
            try (Stream<Row> rows = workbookCall(sheet::openStream)) {
                var iterator = rows.iterator();
                Header header = null;
                int count = 0;
                List<RowError> errors = new ArrayList<>();
                while (workbookCall(iterator::hasNext)) {
                    Row row = workbookCall(iterator::next);
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        // a formula shows as "=…" so an import can refuse it: its cached value may be stale
                        var cell = row.getCell(i);
                        String formula = cell == null ? null : cell.getFormula();
                        String text = formula != null && !formula.isBlank() ? "=" + formula : row.getCellText(i);
                        cells.add(text == null ? "" : text);
                    }
                    while (!cells.isEmpty() && cells.getLast().isBlank()) cells.removeLast();
                    if (cells.isEmpty()) continue;
                    if (header == null) {
                        header = Header.of(cells, columns);
                        continue;
                    }
                    if (++count > maxRows) throw new BusinessException("error.import.tooManyRows", maxRows);
                    if (cells.size() > header.width()) {
                        errors.add(new RowError(row.getRowNum(), null, "error.import.tooManyColumns", cells.size(),
                                header.width()));
                        continue;
                    }
                    handler.row(new TableRow(row.getRowNum(), header.map(cells)));
                }
                if (header == null) throw new BusinessException("error.import.empty");
                if (count == 0) throw new BusinessException("error.import.noRows");
                return new ReadSummary(header.present(), count, errors);
            }
        }
    }

    private interface WorkbookCall<T> {
        T call() throws IOException;
    }

    /**
     * Runs one call into the workbook library, turning whatever it throws on a file that is not a sound .xlsx into
     * the user's sentence (the importer's own exceptions never pass through here).
     */
    private static <T> T workbookCall(WorkbookCall<T> call) throws IOException {
        try {
            return call.call();
        } catch (IOException | RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof LimitedInputStream.TooLarge tooLarge) throw tooLarge;
            }
            throw damagedXlsx(e);
        }
    }

    /** The line commons-csv names in "(line 12)", or "?" when it names none. */
    private static String lineOf(String message) {
        var m = message == null ? null : java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
        return m != null && m.find() ? m.group(1) : "?";
    }

    private static char guessDelimiter(String headerLine) {
        int semicolons = headerLine.length() - headerLine.replace(";", "").length();
        int commas = headerLine.length() - headerLine.replace(",", "").length();
        int tabs = headerLine.length() - headerLine.replace("\t", "").length();
        if (tabs > semicolons && tabs > commas) return '\t';
        return semicolons > commas ? ';' : ',';
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if (head[i] != magic[i]) return false;
        return true;
    }

    /** Which file column holds which key. */
    private record Header(String[] keys, Set<String> present) {

        static Header of(List<String> names, List<Column> columns) {
            String[] keys = new String[names.size()];
            Set<String> present = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String name = i == 0 && names.get(i).startsWith("\uFEFF") ? names.get(i).substring(1) : names.get(i);
                if (name.isBlank()) continue;
                Column column = columns.stream().filter(c -> c.matches(name)).findFirst().orElse(null);
                if (column == null) {
                    unknown.add(name.strip());
                } else if (!present.add(column.key())) {
                    throw new BusinessException("error.import.duplicateColumn", name.strip());
                } else {
                    keys[i] = column.key();
                }
            }
            if (present.isEmpty()) {
                // not one known header: the first row is data, or the file belongs to another import
                String expected = columns.stream().filter(Column::required).map(Column::key)
                        .collect(java.util.stream.Collectors.joining(", "));
                throw new BusinessException("error.import.noHeader", expected);
            }
            if (!unknown.isEmpty()) throw new BusinessException("error.import.unknownColumns", String.join(", ", unknown));
            List<String> missing = columns.stream().filter(Column::required).map(Column::key)
                    .filter(k -> !present.contains(k)).toList();
            if (!missing.isEmpty()) throw new BusinessException("error.import.missingColumns", String.join(", ", missing));
            return new Header(keys, Set.copyOf(present));
        }

        int width() {
            return keys.length;
        }

        Map<String, String> map(List<String> cells) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != null) values.put(keys[i], i < cells.size() ? cells.get(i) : "");
            }
            return values;
        }
    }

    /** Stops reading (with {@link TooLarge}) as soon as more than the allowed bytes arrive. */
    private static final class LimitedInputStream extends FilterInputStream {

        static final class TooLarge extends IOException {
        }

        private final long max;
        private long count;

        LimitedInputStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > max) throw new TooLarge();
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && (count += n) > max) throw new TooLarge();
            return n;
        }
    }
}
