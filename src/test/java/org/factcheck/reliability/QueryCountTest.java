package org.factcheck.reliability;

import static org.factcheck.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.factcheck.testsupport.Fixtures;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The number of SQL statements a request issues must not grow with the article: an article of 10 sentences and
 * one of 1,000 (with claims, evidence and notes on many of them) cost the same. Counted with Hibernate's
 * statistics (prepared statements), one request at a time.
 */
@QuarkusTest
class QueryCountTest {

    @Inject
    Fixtures fixtures;
    @Inject
    EntityManagerFactory factory;

    @Test
    void statementsPerRequestDoNotGrowWithTheArticle() {
        String editor = fixtures.user("editor");
        long small = article(editor, 10, 3);
        long big = article(editor, 1000, 60);
        // the background page copies of the cited sources issue statements too (Hibernate's statistics count every
        // thread's): measure only once none is left pending. A fixed pause was not always enough (a failing DNS
        // lookup can take seconds).
        waitForPageCopies();
        for (String path : List.of("/api/articles/%d", "/articles/%d", "/api/articles/%d/claims",
                "/api/articles/%d/report?format=json", "/api/articles/%d/report?format=html")) {
            long smallCount = statements(editor, String.format(path, small));
            long bigCount = statements(editor, String.format(path, big));
            System.out.printf("QUERY-COUNT %s: %d statements (10 sentences) vs %d (1,000 sentences)%n", path,
                    smallCount, bigCount);
            assertEquals(smallCount, bigCount, path + " issues a statement per sentence, claim or note");
            assertTrue(bigCount <= 16, path + " issues " + bigCount + " statements");
        }
        // the review page keeps its rendered parts until the article changes: the page after a change costs a
        // fixed number of statements too
        long smallChanged = statementsAfterAChange(editor, small);
        long bigChanged = statementsAfterAChange(editor, big);
        System.out.printf("QUERY-COUNT review page after a change: %d statements (10 sentences) vs %d (1,000)%n",
                smallChanged, bigChanged);
        assertEquals(smallChanged, bigChanged, "the review page re-renders with a statement per row");
        assertTrue(bigChanged <= 16, "the review page re-renders with " + bigChanged + " statements");
    }

    // Hibernate's statistics count every thread's statements, and scheduled work (the two-factor setting's refresh
    // every 10 s, watched stories) may run while a request is measured; it can only add. So each figure is the
    // fewest statements over a few requests: what the request itself issues.
    private static final int TRIES = 3;

    private long statementsAfterAChange(String user, long articleId) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < TRIES; i++) {
            as(user).body(Map.of("start", 0, "end", 3, "body", "one more note"))
                    .post("/api/articles/{id}/annotations", articleId).then().statusCode(201);
            Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
            statistics.clear();
            as(user).accept("text/html").get("/articles/{id}", articleId).then().statusCode(200);
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        return fewest;
    }

    private long statements(String user, String path) {
        String accept = path.startsWith("/api") && !path.contains("html") ? "application/json" : "text/html";
        as(user).accept(accept).get(path).then().statusCode(200); // warm up: caches, lazy initialisation
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < TRIES; i++) {
            Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
            statistics.clear();
            as(user).accept(accept).get(path).then().statusCode(200);
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        return fewest;
    }

    private void waitForPageCopies() {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (pendingPageCopies() > 0) {
            assertTrue(System.nanoTime() < deadline, "page copies still pending after a minute");
            sleep(200);
        }
        sleep(200); // the last one's transaction commits after its status is written
    }

    private long pendingPageCopies() {
        try (var session = factory.unwrap(SessionFactory.class).openSession()) {
            return ((Number) session.createNativeQuery("select count(*) from source_snapshot where status = 'pending'")
                    .getSingleResult()).longValue();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An article of {@code sentences} sentences with claims (with evidence) and notes on {@code marked} of them. */
    private static long article(String editor, int sentences, int marked) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append("Sentence number ").append(i).append(" says something.");
            text.append(i % 10 == 9 ? "\n\n" : " ");
        }
        Map<String, Object> article = Fixtures.importText(editor, "Size " + sentences, text.toString());
        long id = Fixtures.id(article);
        for (int i = 0; i < marked; i++) {
            long claimId = as(editor).body(Map.of("sentenceId", Fixtures.sentenceId(article, i * (sentences / marked))))
                    .post("/api/articles/{id}/claims", id).then().statusCode(201).extract().jsonPath().getLong("id");
            as(editor).body(Map.of("source", Map.of("url", "https://example.org/q" + i, "title", "Q" + i),
                    "stance", "context")).post("/api/claims/{id}/evidence", claimId).then().statusCode(201);
            as(editor).body(Map.of("start", i, "end", i + 3, "body", "note " + i))
                    .post("/api/articles/{id}/annotations", id).then().statusCode(201);
        }
        return id;
    }
}
