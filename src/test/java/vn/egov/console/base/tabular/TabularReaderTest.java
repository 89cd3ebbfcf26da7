package vn.egov.console.base.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.egov.console.base.error.BusinessException;

/** Every way a file can be wrong ends in a sentence of our own, never in the parsing library's words. */
class TabularReaderTest {

    static final List<Column> COLUMNS = List.of(Column.required("code", "Mã"), Column.optional("name", "Tên"));

    @Test
    void aFakeXlsxIsADamagedFileNotAZipError() {
        byte[] fake = "PK\u0003\u0004 this is not really a workbook".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(fake, "error.import.damagedXlsx");
    }

    @Test
    void aWordDocumentRenamedToXlsxIsRefusedToo() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertRefused(out.toByteArray(), "error.import.damagedXlsx");
    }

    @Test
    void aTruncatedWorkbookIsRefused() throws IOException {
        byte[] xlsx = xlsx(List.of("Mã", "Tên"), 2_000);
        assertRefused(Arrays.copyOf(xlsx, xlsx.length / 2), "error.import.damagedXlsx");
    }

    @Test
    void aPdfOrAnImageIsNotATable() {
        assertRefused("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "error.import.notTable");
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "error.import.notTable");
    }

    @Test
    void wrongEncodingEmptyNoHeaderNoRowsAndUnknownColumns() {
        assertRefused("Mã;Tên\nA1;Hà Nội\n".getBytes(Charset.forName("windows-1258")), "error.import.encoding");
        assertRefused(new byte[0], "error.import.empty");
        assertRefused("\n\n".getBytes(StandardCharsets.UTF_8), "error.import.empty");
        assertRefused(csv("A1;Sở Nội vụ\nA2;Sở Tư pháp\n"), "error.import.noHeader");
        assertRefused(csv("Mã;Tên\n"), "error.import.noRows");
        assertRefused(csv("Mã;Tên;Ghi chú\nA1;x;y\n"), "error.import.unknownColumns");
    }

    @Test
    void aBrokenQuoteNamesTheLineButNotTheLibrary() {
        BusinessException e = refusal(csv("Mã;Tên\nA1;\"Sở Nội vụ\nA2;x\n"), TabularReader.DEFAULT_MAX_ROWS);
        assertThat(e.messageKey()).isEqualTo("error.import.malformedCsv");
        assertThat(e.arguments()).allSatisfy(a -> assertThat(a.toString()).matches("\\d+|\\?"));
    }

    @Test
    void moreRowsThanTheImportTakesAreRefusedBeforeTheExtraRowIsHandledOut() throws IOException {
        StringBuilder text = new StringBuilder("Mã;Tên\n");
        for (int i = 0; i < 11; i++) text.append("C").append(i).append(";x\n");
        BusinessException csv = refusal(csv(text.toString()), 10);
        assertThat(csv.messageKey()).isEqualTo("error.import.tooManyRows");
        assertThat(csv.arguments()).containsExactly(10);
        assertThat(refusal(xlsx(List.of("Mã", "Tên"), 11), 10).messageKey()).isEqualTo("error.import.tooManyRows");

        List<String> seen = new ArrayList<>();
        TabularReader.read(new ByteArrayInputStream(xlsx(List.of("Mã", "Tên"), 10)), COLUMNS, 1 << 20, 10,
                row -> seen.add(row.get("code")));
        assertThat(seen).hasSize(10);
    }

    @Test
    void cellsArriveCleaned() {
        List<TableRow> rows = new ArrayList<>();
        String nfd = java.text.Normalizer.normalize("Sở Nội vụ", java.text.Normalizer.Form.NFD);
        TabularReader.read(new ByteArrayInputStream(csv("Mã;Tên\n\u00A0A1\u200B;" + nfd + "\u00A0\nA2;\u200B\u00A0\n")),
                COLUMNS, 1 << 20, rows::add);
        assertThat(rows.get(0).get("code")).isEqualTo("A1");
        assertThat(rows.get(0).get("name")).isEqualTo("Sở Nội vụ");
        assertThat(rows.get(1).get("name")).isNull();
        assertThat(rows.get(1).invisibleOnly("name")).isTrue();
    }

    private static void assertRefused(byte[] content, String key) {
        BusinessException e = refusal(content, TabularReader.DEFAULT_MAX_ROWS);
        assertThat(e.messageKey()).isEqualTo(key);
        assertThat(Arrays.toString(e.arguments())).doesNotContainIgnoringCase("zip")
                .doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("stream");
    }

    private static BusinessException refusal(byte[] content, int maxRows) {
        var thrown = new BusinessException[1];
        assertThatThrownBy(() -> TabularReader.read(new ByteArrayInputStream(content), COLUMNS, 1 << 20, maxRows,
                row -> { })).isInstanceOfSatisfying(BusinessException.class, e -> thrown[0] = e);
        return thrown[0];
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<String> headers, int rows) throws IOException {
        var out = new ByteArrayOutputStream();
        TabularWriter.xlsx(out, "Sheet", headers, Stream.iterate(0, i -> i + 1).limit(rows)
                .map(i -> List.of("C" + i, "Đơn vị số " + i)));
        return out.toByteArray();
    }
}
