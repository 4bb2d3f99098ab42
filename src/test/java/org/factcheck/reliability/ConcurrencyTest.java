package org.factcheck.reliability;

import static org.factcheck.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Many people at once lose nothing, and a race on one version has exactly one winner. */
@QuarkusTest
class ConcurrencyTest {

    @Inject
    Fixtures fixtures;

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
