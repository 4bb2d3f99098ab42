package org.factcheck.reliability;

import static org.factcheck.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.inject.Inject;

import org.factcheck.article.ArticleChangeGuard;
import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Many people at once lose nothing, and a race on one version has exactly one winner. */
@QuarkusTest
class ConcurrencyTest {

    @Inject
    Fixtures fixtures;
    @Inject
    ArticleChangeGuard guard;

    @Test
    void twentyConcurrentWritersLoseNothing() throws Exception {
        String editor = fixtures.user("editor");
        List<String> checkers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            checkers.add(fixtures.user("checker"));
        }
        Map<String, Object> article = Fixtures.importSeed(editor);
        long articleId = Fixtures.id(article);
        List<Integer> statuses = runTogether(20, i -> () -> {
            String checker = checkers.get(i);
            int claim = as(checker).body(Map.of("sentenceId", Fixtures.sentenceId(article, i % 28)))
                    .post("/api/articles/{id}/claims", articleId).statusCode();
            int note = as(checker).body(Map.of("start", i, "end", i + 5, "body", "note " + i))
                    .post("/api/articles/{id}/annotations", articleId).statusCode();
            return claim * 1000 + note;
        });
        statuses.forEach(s -> assertEquals(201201, s));
        assertEquals(20, as(editor).get("/api/articles/{id}/claims", articleId).then().extract().jsonPath()
                .getList("$").size());
        assertEquals(20, as(editor).get("/api/articles/{id}/annotations", articleId).then().extract().jsonPath()
                .getList("$").size());
    }

    @Test
    void tenWritersRacingOnOneVersionGiveOneSuccessAndNineConflicts() throws Exception {
        String editor = fixtures.user("editor");
        List<String> checkers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            checkers.add(fixtures.user("checker"));
        }
        Map<String, Object> article = Fixtures.importText(editor, "Race", "One claim everyone edits.");
        long claimId = as(editor).body(Map.of("sentenceId", Fixtures.sentenceId(article, 0)))
                .post("/api/articles/{id}/claims", Fixtures.id(article)).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        List<Integer> statuses = runTogether(10, i -> () -> as(checkers.get(i))
                .body(Map.of("text", "version by writer " + i, "version", 0)).patch("/api/claims/{id}", claimId)
                .statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(9, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        as(editor).get("/api/claims/{id}", claimId).then().body("version", org.hamcrest.Matchers.is(1));
    }

    /**
     * A text revision moves every claim and note; one saved meanwhile would point at sentences about to be
     * deleted. While one write holds the article, the others wait; then each finds what the one before left.
     */
    @Test
    void writesToOneArticleTakeTurns() throws Exception {
        String editor = fixtures.user("editor");
        String text = "The minister said prices fell. Nobody agreed.";
        long articleId = Fixtures.id(Fixtures.importText(editor, "Turns", text));
        int version = as(editor).get("/api/articles/{id}", articleId).then().extract().jsonPath().getInt("version");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> holder = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                guard.requireWritable(articleId);
                locked.countDown();
                awaitQuietly(release);
            }));
            assertTrue(locked.await(30, TimeUnit.SECONDS), "the first write holds the article");
            List<Future<Integer>> waiting = List.of(
                    pool.submit(() -> as(editor).body(Map.of("start", 4, "end", 12, "quote", "minister"))
                            .post("/api/articles/{id}/claims", articleId).statusCode()),
                    pool.submit(() -> as(editor).body(Map.of("start", 31, "end", 37, "body", "Who?", "quote",
                            "Nobody"))
                            .post("/api/articles/{id}/annotations", articleId).statusCode()),
                    pool.submit(() -> as(editor).body(Map.of("text", "Yesterday. " + text, "version", version))
                            .put("/api/articles/{id}/text", articleId).statusCode()));
            for (Future<Integer> write : waiting) {
                assertThrows(TimeoutException.class, () -> write.get(1500, TimeUnit.MILLISECONDS),
                        "a write went ahead while another held the article");
            }
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            for (Future<Integer> write : waiting) {
                statuses.add(write.get(30, TimeUnit.SECONDS));
            }
            // the claim and the note were selected on the first text: after the revision they are refused
            assertTrue(List.of(201, 409).contains(statuses.get(0)), statuses.toString());
            assertTrue(List.of(201, 409).contains(statuses.get(1)), statuses.toString());
            assertEquals(200, statuses.get(2));
        } finally {
            pool.shutdownNow();
        }
        // whichever order they took, what was saved sits on its words, in a sentence the article has
        JsonPath article = as(editor).get("/api/articles/{id}", articleId).then().extract().jsonPath();
        JsonPath claims = as(editor).get("/api/articles/{id}/claims", articleId).then().extract().jsonPath();
        assertEquals(statuses.get(0) == 201 ? List.of("minister") : List.of(), claims.getList("quote"));
        if (statuses.get(0) == 201) {
            assertTrue(article.getList("sentences.id").contains(claims.get("[0].sentenceId")),
                    "the claim's sentence is one of the article's");
            assertEquals(false, claims.getBoolean("[0].orphaned"));
        }
        assertEquals(statuses.get(1) == 201 ? List.of("Nobody") : List.of(), as(editor)
                .get("/api/articles/{id}/annotations", articleId).then().extract().jsonPath().getList("quote"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    interface Task {
        Callable<Integer> make(int index);
    }

    /** Starts all tasks at the same instant and answers their results in order. */
    static List<Integer> runTogether(int count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<Integer> work = task.make(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
