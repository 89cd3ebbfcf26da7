package vn.egov.console.index.internal;

import java.nio.charset.StandardCharsets;

/** A one-page placeholder PDF standing in for a unit's scanned self-assessment report in the demo province. */
final class DemoPdf {

    static final byte[] BYTES = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private DemoPdf() {
    }
}
