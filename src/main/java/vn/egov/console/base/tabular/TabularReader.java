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
import vn.egov.console.base.error.BusinessException;

/**
 * Reads an uploaded table, CSV (UTF-8 with or without BOM; comma, semicolon or tab) or Excel .xlsx (first sheet),
 * streaming row by row. File-level problems (empty, too large, not UTF-8, old .xls, missing or unknown columns) throw
 * a {@link BusinessException} before any row is handed out; row-level problems (too many cells) are collected.
 */
public final class TabularReader {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private TabularReader() {
    }

    public static ReadSummary read(InputStream input, List<Column> columns, long maxBytes, RowHandler handler) {
        var in = new BufferedInputStream(new LimitedInputStream(input, maxBytes), 64 * 1024);
        try {
            in.mark(8);
            byte[] head = in.readNBytes(4);
            in.reset();
            if (head.length == 0) throw new BusinessException("error.import.empty");
            if (startsWith(head, OLE2)) throw new BusinessException("error.import.oldExcel");
            return startsWith(head, ZIP) ? readXlsx(in, columns, handler) : readCsv(in, columns, handler);
        } catch (LimitedInputStream.TooLarge e) {
            throw new BusinessException("error.import.tooLarge", maxBytes / (1024 * 1024));
        } catch (CharacterCodingException e) {
            throw new BusinessException("error.import.encoding");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) throw new BusinessException("error.import.encoding");
            if (e.getCause() instanceof LimitedInputStream.TooLarge) {
                throw new BusinessException("error.import.tooLarge", maxBytes / (1024 * 1024));
            }
            throw new BusinessException("error.import.unreadable", e.getCause().getMessage());
        } catch (IOException e) {
            throw new BusinessException("error.import.unreadable", e.getMessage());
        }
    }

    private static ReadSummary readCsv(InputStream in, List<Column> columns, RowHandler handler) throws IOException {
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
                count++;
                List<String> cells = record.toList();
                if (cells.size() > header.width()) {
                    errors.add(new RowError(line, null, "error.import.tooManyColumns", cells.size(), header.width()));
                    continue;
                }
                handler.row(new TableRow(line, header.map(cells)));
            }
            return new ReadSummary(header.present(), count, errors);
        } catch (IllegalStateException e) {
            // commons-csv reports a broken quote this way
            throw new BusinessException("error.import.malformedCsv", e.getMessage());
        }
    }

    private static ReadSummary readXlsx(InputStream in, List<Column> columns, RowHandler handler) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            try (Stream<Row> rows = sheet.openStream()) {
                var iterator = rows.iterator();
                Header header = null;
                int count = 0;
                List<RowError> errors = new ArrayList<>();
                while (iterator.hasNext()) {
                    Row row = iterator.next();
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
                    count++;
                    if (cells.size() > header.width()) {
                        errors.add(new RowError(row.getRowNum(), null, "error.import.tooManyColumns", cells.size(),
                                header.width()));
                        continue;
                    }
                    handler.row(new TableRow(row.getRowNum(), header.map(cells)));
                }
                if (header == null) throw new BusinessException("error.import.empty");
                return new ReadSummary(header.present(), count, errors);
            }
        }
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
