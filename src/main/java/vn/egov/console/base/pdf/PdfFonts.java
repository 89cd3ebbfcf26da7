package vn.egov.console.base.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts every PDF report embeds. Vietnamese needs a font with its glyphs: DejaVu Sans ships in {@code fonts/}
 * (free licence, see fonts/DejaVu-LICENSE.txt), embedded as a subset. Loaded once per JVM.
 */
public final class PdfFonts {

    private static volatile BaseFont regular;
    private static volatile BaseFont bold;

    private PdfFonts() {
    }

    public static BaseFont regular() {
        if (regular == null) regular = font("fonts/DejaVuSans.ttf");
        return regular;
    }

    public static BaseFont bold() {
        if (bold == null) bold = font("fonts/DejaVuSans-Bold.ttf");
        return bold;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing font " + resource);
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
