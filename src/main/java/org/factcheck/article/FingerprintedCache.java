package org.factcheck.article;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A small per-instance cache of things built from many rows (an article's JSON, its rendered text), each kept
 * with the fingerprint of the rows it was built from. A caller computes the current fingerprint with one cheap
 * query; a different one means "build again". Nothing is ever invalidated by hand, so every instance of the
 * application stays right on its own. Least recently used entries go first.
 *
 * <p>A value is built once per key and fingerprint: requests that miss while it is being built wait for that
 * build instead of starting their own (a desk opening a long article at once would otherwise render it once per
 * reader, each render slower for the others). Builds of different keys do not wait for each other.
 */
final class FingerprintedCache<K, V> {

    private record Entry<V>(Object fingerprint, V value) {
    }

    private final Map<K, Entry<V>> entries;
    /** Builds under way, by key and fingerprint. */
    private final Map<List<Object>, CompletableFuture<V>> building = new ConcurrentHashMap<>();

    FingerprintedCache(int capacity) {
        entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > capacity;
            }
        });
    }

    V get(K key, Object fingerprint, Supplier<V> build) {
        Entry<V> cached = entries.get(key);
        if (cached != null && cached.fingerprint().equals(fingerprint)) {
            return cached.value();
        }
        List<Object> job = List.of(key, fingerprint);
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running = building.putIfAbsent(job, mine);
        if (running != null) {
            return await(running);
        }
        try {
            V value = build.get();
            entries.put(key, new Entry<>(fingerprint, value));
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            building.remove(job, mine);
        }
    }

    /** The other request's value, or its failure as it was thrown there. */
    private static <V> V await(CompletableFuture<V> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
