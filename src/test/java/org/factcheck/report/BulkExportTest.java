package org.factcheck.report;

import static org.factcheck.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BulkExportTest {

    @Inject
    Fixtures fixtures;

    @Test
    void reportsOfManyArticlesComeAsOneZipWithAnIndex() throws Exception {
        String editor = fixtures.user("editor");
        String viewer = fixtures.user("viewer");
        long first = Fixtures.id(as(editor).body(Map.of("title", "Bulk one", "text", "First.", "publishedAt",
                "2031-03-01")).post("/api/articles").then().statusCode(201).extract().jsonPath().getMap("$"));
        long second = Fixtures.id(as(editor).body(Map.of("title", "Bulk two", "text", "Second.", "publishedAt",
                "2031-03-02")).post("/api/articles").then().statusCode(201).extract().jsonPath().getMap("$"));
        Fixtures.id(as(editor).body(Map.of("title", "Outside", "text", "Later.", "publishedAt", "2031-04-01"))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getMap("$"));

        for (String format : new String[] {"csv", "pdf"}) {
            byte[] zip = as(viewer).accept("application/zip")
                    .get("/api/reports/bulk?format=" + format + "&from=2031-03-01&to=2031-03-31").then().statusCode(200)
                    .contentType("application/zip").extract().asByteArray();
            Map<String, byte[]> files = unzip(zip);
            assertEquals(3, files.size(), files.keySet().toString());
            assertTrue(files.containsKey("article-" + first + "." + format));
            assertTrue(files.containsKey("article-" + second + "." + format));
            String index = new String(files.get("index.csv"), StandardCharsets.UTF_8);
            assertTrue(index.contains("Bulk one") && index.contains("Bulk two") && !index.contains("Outside"));
            if (format.equals("pdf")) {
                assertEquals("%PDF", new String(files.get("article-" + first + ".pdf"), 0, 4));
            }
        }
        as(viewer).get("/api/reports/bulk?format=docx&from=nope").then().statusCode(400)
                .body("errors.field", hasItem("format")).body("errors.field", hasItem("from"));
    }

    @Test
    void claimReviewSnippetCannotBreakOutOfItsScriptElement() {
        String editor = fixtures.user("editor");
        String otherEditor = fixtures.user("editor");
        Map<String, Object> article = Fixtures.importText(editor, "</script><script>alert(1)</script>",
                "A claim that was checked.");
        long claimId = as(editor).body(Map.of("sentenceId", Fixtures.sentenceId(article, 0), "text",
                "</script><img src=x onerror=alert(2)>")).post("/api/articles/{id}/claims", Fixtures.id(article))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        int version = as(editor).body(Map.of("verdict", "false", "rationale", "No.", "version", 0))
                .patch("/api/claims/{id}", claimId).then().extract().jsonPath().getInt("version");
        as(otherEditor).body(Map.of("version", version)).post("/api/claims/{id}/approve", claimId).then()
                .statusCode(200);
        String snippet = as(editor).accept("text/plain").get("/api/articles/{id}/claimreview/snippet",
                Fixtures.id(article)).then().statusCode(200).extract().asString();
        assertTrue(snippet.startsWith("<script type=\"application/ld+json\">"));
        assertEquals(1, snippet.split("</script>", -1).length - 1, "only the closing tag of the element itself");
        assertTrue(snippet.contains("\\u003c/script\\u003e\\u003cimg"));
        assertTrue(snippet.contains("\"ClaimReview\""));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
