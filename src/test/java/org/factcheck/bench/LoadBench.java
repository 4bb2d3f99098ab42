package org.factcheck.bench;

import static org.factcheck.testsupport.Fixtures.as;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Load benchmark (bench/run.sh; not part of the test suite): a big Arabic article (2,000 sentences in 200
 * paragraphs, 500 claims, 500 notes), then wrk with 16 connections against the article JSON, the review page and,
 * as a yardstick on the same machine in the same run, the cheapest authenticated endpoint (/api/me).
 */
@QuarkusTest
class LoadBench {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Fixtures fixtures;

    @Test
    void load() throws Exception {
        String editor = fixtures.user("editor");
        long articleId = BenchData.bigArticle(editor, 500, 500);
        String auth = "Basic " + Base64.getEncoder().encodeToString((editor + ":" + Fixtures.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String root = base.toString().replaceAll("/$", "");
        for (String path : List.of("/api/me", "/api/articles/" + articleId, "/articles/" + articleId)) {
            wrk(root + path, auth, "2s"); // warm-up
            System.out.println("BENCH-LOAD " + path + "\n" + wrk(root + path, auth, System.getProperty("bench.duration", "15s")));
        }
    }

    /** Single requests, one after the other: where the review page's time goes, without load. */
    @Test
    void pageTimes() {
        String editor = fixtures.user("editor");
        long articleId = BenchData.bigArticle(editor, 500, 500);
        for (int i = 0; i < 6; i++) {
            long t = System.nanoTime();
            int size = as(editor).accept("text/html").get("/articles/" + articleId).then().statusCode(200).extract()
                    .asByteArray().length;
            long page = (System.nanoTime() - t) / 1_000_000;
            t = System.nanoTime();
            as(editor).get("/api/articles/" + articleId).then().statusCode(200);
            System.out.printf("BENCH-PAGE review page %d ms (%d bytes), article JSON %d ms%n", page, size,
                    (System.nanoTime() - t) / 1_000_000);
        }
    }

    private static String wrk(String url, String auth, String duration) throws Exception {
        Process process = new ProcessBuilder("wrk", "-t2", "-c16", "-d" + duration, "--timeout", "20s", "--latency", "-H",
                "Authorization: " + auth, "-H", "Accept: text/html,application/json", url).redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

}
