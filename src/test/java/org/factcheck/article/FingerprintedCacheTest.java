package org.factcheck.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class FingerprintedCacheTest {

    @Test
    void requestsThatMissTogetherShareOneBuild() throws Exception {
        FingerprintedCache<Long, String> cache = new FingerprintedCache<>(4);
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> cache.get(1L, "v1", () -> {
                    builds.incrementAndGet();
                    await(release);
                    return new String("page of article 1");
                })));
            }
            Thread.sleep(300);   // let all 16 arrive while the first build is held
            release.countDown();
            String first = answers.get(0).get(10, TimeUnit.SECONDS);
            for (Future<String> answer : answers) {
                assertSame(first, answer.get(10, TimeUnit.SECONDS), "every request got the one built value");
            }
            assertEquals(1, builds.get(), "built once for 16 requests");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNewFingerprintBuildsAgainAndOtherKeysDoNotWait() {
        FingerprintedCache<Long, String> cache = new FingerprintedCache<>(4);
        assertEquals("a1", cache.get(1L, "v1", () -> "a1"));
        assertEquals("a1", cache.get(1L, "v1", () -> "never built"));
        assertEquals("a2", cache.get(1L, "v2", () -> "a2"));
        assertEquals("b1", cache.get(2L, "v1", () -> "b1"));
    }

    @Test
    void aFailedBuildFailsItsWaitersWithTheSameErrorAndIsNotKept() throws Exception {
        FingerprintedCache<Long, String> cache = new FingerprintedCache<>(4);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> builder = pool.submit(() -> cache.get(1L, "v1", () -> {
                await(release);
                throw new IllegalStateException("database gone");
            }));
            Thread.sleep(200);
            Future<String> waiter = pool.submit(() -> cache.get(1L, "v1", () -> "not built: the first build runs"));
            Thread.sleep(200);
            release.countDown();
            for (Future<String> answer : List.of(builder, waiter)) {
                Exception failure = assertThrows(Exception.class, () -> answer.get(10, TimeUnit.SECONDS));
                assertTrue(failure.getCause() instanceof IllegalStateException, failure.toString());
            }
            assertEquals("fresh", cache.get(1L, "v1", () -> "fresh"), "the next request builds again");
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
