package org.factcheck.bench;

import static org.factcheck.testsupport.Fixtures.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Not part of the test suite (no "Test" suffix): run with `./mvnw test -Dtest=BigReportBench` and copy the
 * printed figures into docs/performance.md. A big Arabic article (2,000 sentences in 200 paragraphs) with 500
 * claims, each with evidence, approved; then each report format is fetched and timed.
 */
@QuarkusTest
class BigReportBench {

    @Inject
    Fixtures fixtures;

    /** Import throughput: about 1 MB of Arabic text, three times (the first warms up). */
    @Test
    void importThroughput() {
        String editor = fixtures.user("editor");
        String seed = Fixtures.seedText();
        StringBuilder text = new StringBuilder();
        while (text.length() < 1_000_000) {
            text.append(seed).append("\n\n");
        }
        for (int run = 0; run < 3; run++) {
            long t = System.nanoTime();
            as(editor).body(Map.of("title", "Throughput " + run, "text", text.toString(), "language", "ar"))
                    .post("/api/articles").then().statusCode(201);
            long millis = (System.nanoTime() - t) / 1_000_000;
            System.out.printf("BENCH import run %d: %d chars (%d UTF-8 bytes) in %d ms = %.2f MB/s%n", run,
                    text.length(), text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, millis,
                    text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6 / (millis / 1000.0));
        }
    }

    @Test
    void bigArticleReports() {
        String editor = fixtures.user("editor");
        String otherEditor = fixtures.user("editor");
        String text = BenchData.bigArabicText();
        long started = System.nanoTime();
        Map<String, Object> article = as(editor).body(Map.of("title", "مقال كبير", "text", text,
                "language", "ar")).post("/api/articles").then().statusCode(201).extract().jsonPath().getMap("$");
        long importMillis = (System.nanoTime() - started) / 1_000_000;
        long id = Fixtures.id(article);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> all = (List<Map<String, Object>>) article.get("sentences");
        System.out.printf("BENCH import: %d chars, %d paragraphs, %d sentences in %d ms%n", text.length(),
                ((List<?>) article.get("paragraphs")).size(), all.size(), importMillis);
        List<Long> claims = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            long claimId = as(editor).body(Map.of("sentenceId", all.get(i * 4).get("id"), "text", "Claim " + i))
                    .post("/api/articles/{id}/claims", id).then().statusCode(201).extract().jsonPath().getLong("id");
            as(editor).body(Map.of("source", Map.of("url", "https://example.org/s" + (i % 50), "title", "Source " + i),
                    "stance", "supports", "excerpt", "excerpt " + i)).post("/api/claims/{id}/evidence", claimId);
            int v = as(editor).body(Map.of("verdict", "verified", "rationale", "Checked " + i, "version", 0))
                    .patch("/api/claims/{id}", claimId).then().extract().jsonPath().getInt("version");
            as(otherEditor).body(Map.of("version", v)).post("/api/claims/{id}/approve", claimId);
            claims.add(claimId);
        }
        for (String format : new String[] {"json", "csv", "html", "pdf", "html", "pdf"}) {
            long t = System.nanoTime();
            byte[] body = as(editor).accept("*/*").get("/api/articles/{id}/report?format=" + format, id).then()
                    .statusCode(200).extract().asByteArray();
            System.out.printf("BENCH report %s: %d bytes in %d ms%n", format, body.length,
                    (System.nanoTime() - t) / 1_000_000);
        }
        long t = System.nanoTime();
        as(editor).accept("text/html").get("/articles/{id}", id).then().statusCode(200);
        System.out.printf("BENCH review page: %d ms%n", (System.nanoTime() - t) / 1_000_000);
        t = System.nanoTime();
        as(editor).get("/api/articles/{id}", id).then().statusCode(200);
        System.out.printf("BENCH article json: %d ms%n", (System.nanoTime() - t) / 1_000_000);
    }
}
