package org.factcheck.report;

import static org.factcheck.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PdfReportTest {

    @Inject
    Fixtures fixtures;

    @Test
    void arabicReportIsAPdfWithEmbeddedFontsAndTextThatCopiesOut() throws Exception {
        String editor = fixtures.user("editor");
        String otherEditor = fixtures.user("editor");
        String checker = fixtures.user("checker");
        Map<String, Object> article = Fixtures.importSeed(editor);
        long articleId = Fixtures.id(article);
        long claimId = as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, 4), "text",
                "Armenia says 49 soldiers were killed", "claimant", "نيكول باشينيان")).post("/api/articles/{id}/claims",
                articleId).then().statusCode(201).extract().jsonPath().getLong("id");
        as(checker).body(Map.of("source", Map.of("url", "https://example.org/mod", "title", "وزارة الدفاع الأرمنية"),
                "stance", "supports", "excerpt", "49 جنديا")).post("/api/claims/{id}/evidence", claimId).then()
                .statusCode(201);
        int version = as(checker).body(Map.of("verdict", "verified", "rationale", "The ministry lists 49 names.",
                "version", 0)).patch("/api/claims/{id}", claimId).then().extract().jsonPath().getInt("version");
        as(otherEditor).body(Map.of("version", version)).post("/api/claims/{id}/approve", claimId).then()
                .statusCode(200);

        Files.createDirectories(Path.of("target", "screenshots"));
        byte[] arabic = as(checker).accept("application/pdf").header("Accept-Language", "ar")
                .get("/api/articles/{id}/report", articleId).then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(arabic)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertTrue(text.contains("الخلاصة") && text.contains("الأدلة"), "the Arabic interface labels the report");
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png",
                    Path.of("target", "screenshots", "report-ar-ui-page1.png").toFile());
        }

        byte[] pdf = as(checker).accept("application/pdf").get("/api/articles/{id}/report", articleId).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertTrue(text.toLowerCase().contains("verification report"), text);
            assertTrue(text.contains("Armenia says 49 soldiers were killed"));
            assertTrue(text.contains("1 / 1"), "page numbers");
            // Arabic comes out as letters in logical order (NFKC folds the presentation forms back)
            assertTrue(text.contains("يريفان"), text);
            assertTrue(text.contains("باشينيان"), text);

            Set<String> fonts = new HashSet<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    fonts.add(font.getName().replaceAll("^[A-Z]{6}\\+", ""));
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.startsWith("NotoNaskhArabic")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.startsWith("NotoSans")), fonts.toString());

            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 80);
            ImageIO.write(image, "png", Path.of("target", "screenshots", "report-ar-page1.png").toFile());
        }
    }
}
