package org.factcheck.article;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small per-instance cache of things built from many rows (an article's JSON, its rendered text), each kept
 * with the fingerprint of the rows it was built from. A caller computes the current fingerprint with one cheap
 * query; a different one means "build again". Nothing is ever invalidated by hand, so every instance of the
 * application stays right on its own. Least recently used entries go first.
 */
final class FingerprintedCache<K, V> {

    private record Entry<V>(Object fingerprint, V value) {
    }

    private final Map<K, Entry<V>> entries;

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
        // built outside the lock: two requests may build the same value once, which is cheaper than waiting
        V value = build.get();
        entries.put(key, new Entry<>(fingerprint, value));
        return value;
    }
}
