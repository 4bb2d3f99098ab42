package org.factcheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The report as PDF: the same HTML as the printable report, laid out by openhtmltopdf with ICU doing Arabic
 * shaping, bidi and line breaking, and fonts bundled in the application (Noto Sans, Noto Naskh Arabic; OFL), so
 * Arabic letters join, lines run right to left, numbers and Latin names sit in the right order, and the text
 * copies out of the PDF.
 */
public final class PdfWriter {

    static final String CSS = read("/report/report-pdf.css");
    private static final String[][] FONTS = {
        {"/fonts/NotoSans-Regular.ttf", "Noto Sans", "400"}, {"/fonts/NotoSans-Bold.ttf", "Noto Sans", "700"},
        {"/fonts/NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", "400"},
        {"/fonts/NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", "700"}};

    private PdfWriter() {
    }

    public static void write(String html, String baseUri, String language, OutputStream out) {
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html, baseUri));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
        builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(locale));
        builder.useUnicodeCharacterBreaker(new ICUBreakers.ICUCharacterBreaker(locale));
        builder.defaultTextDirection(PdfRendererBuilder.TextDirection.LTR);
        for (String[] font : FONTS) {
            builder.useFont(() -> PdfWriter.class.getResourceAsStream(font[0]), font[1], Integer.valueOf(font[2]),
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        builder.withW3cDocument(document, baseUri);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = PdfWriter.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
