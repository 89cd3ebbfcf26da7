package vn.egov.console.base.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The DejaVu Sans fonts shipped in {@code fonts/} (free licence, fonts/DejaVu-LICENSE.txt), for PDF reports in
 * Vietnamese: OpenPDF's built-in fonts have no Vietnamese glyphs. Loaded once, embedded as a subset.
 */
public final class PdfFonts {

    private static volatile BaseFont regular;
    private static volatile BaseFont bold;

    private PdfFonts() {
    }

    public static BaseFont regular() {
        if (regular == null) regular = load("fonts/DejaVuSans.ttf");
        return regular;
    }

    public static BaseFont bold() {
        if (bold == null) bold = load("fonts/DejaVuSans-Bold.ttf");
        return bold;
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing font " + resource);
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
