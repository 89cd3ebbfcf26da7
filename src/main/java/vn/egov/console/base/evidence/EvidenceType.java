package vn.egov.console.base.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of evidence file the console accepts, each recognised by its content, not by its name: a renamed
 * executable called "bienban.pdf" is refused. Office files are zip archives, so a .docx must be a zip holding
 * word/document.xml and an .xlsx one holding xl/workbook.xml.
 */
public enum EvidenceType {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PNG("image/png"),
    JPEG("image/jpeg");

    /** Zip entries read at most while looking for the one that proves the kind (a bound against zip bombs). */
    private static final int MAX_ZIP_ENTRIES = 2_000;

    private final String mimeType;

    EvidenceType(String mimeType) {
        this.mimeType = mimeType;
    }

    public String mimeType() {
        return mimeType;
    }

    /** What the file name says it is; empty for an extension the console does not accept. */
    public static Optional<EvidenceType> ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "pdf" -> Optional.of(PDF);
            case "docx" -> Optional.of(DOCX);
            case "xlsx" -> Optional.of(XLSX);
            case "png" -> Optional.of(PNG);
            case "jpg", "jpeg" -> Optional.of(JPEG);
            default -> Optional.empty();
        };
    }

    /** Whether {@code content} really is a file of this kind. */
    public boolean matches(byte[] content) {
        return switch (this) {
            case PDF -> startsWith(content, "%PDF-".getBytes());
            case PNG -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            case JPEG -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case DOCX -> zipHolds(content, "word/document.xml");
            case XLSX -> zipHolds(content, "xl/workbook.xml");
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean zipHolds(byte[] content, String entryName) {
        if (!startsWith(content, new byte[] {'P', 'K', 3, 4})) return false;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
                if (entry.getName().equals(entryName)) return true;
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false; // a damaged archive is not a document
        }
    }
}
