package org.factcheck.suggestion;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence as a sparse vector: hashed word 1–2-grams and character 2–5-grams within words (binary, L2-normalised,
 * like TF-IDF without the IDF), followed by the language-independent cues of {@link TextCues}. Hashing keeps the
 * model a fixed size and needs no vocabulary file; FNV-1a keeps the buckets the same on every JVM.
 */
final class Features {

    final int[] index;
    final float[] value;

    private Features(int[] index, float[] value) {
        this.index = index;
        this.value = value;
    }

    /** With {@code buckets == 0} only the cues (the model for languages without n-gram weights). */
    static Features of(String sentence, String language, int buckets) {
        return of(TextCues.analyse(sentence, language), buckets);
    }

    static Features of(TextCues.Analysis analysis, int buckets) {
        float[] cues = TextCues.abstractFeatures(analysis);
        int[] hashed = buckets == 0 ? new int[0] : ngramBuckets(analysis.words(), buckets);
        int n = hashed.length;
        int[] index = new int[n + cues.length];
        float[] value = new float[n + cues.length];
        float norm = n == 0 ? 0 : (float) (1 / Math.sqrt(n));
        for (int i = 0; i < n; i++) {
            index[i] = hashed[i];
            value[i] = norm;
        }
        for (int j = 0; j < cues.length; j++) {
            index[n + j] = buckets + j;
            value[n + j] = cues[j];
        }
        return new Features(index, value);
    }

    /** Distinct buckets in order of first appearance (a bucket hit twice counts once). */
    private static int[] ngramBuckets(List<String> words, int buckets) {
        int mask = buckets - 1;
        int size = 4;
        for (String w : words) {
            size += 2 + 4 * (w.length() + 2);
        }
        int[] out = new int[size];
        int n = 0;
        String previous = "<s>";
        for (String raw : words) {
            String word = digitsAsZero(raw);
            out[n++] = mix(hash('w', word, 0, word.length(), null)) & mask;
            out[n++] = mix(hash('b', previous, 0, previous.length(), word)) & mask;
            previous = word;
            // character 2–5-grams of " word ": each start extends one hash instead of hashing every n-gram anew
            int padded = word.length() + 2;
            for (int s = 0; s + 2 <= padded; s++) {
                int h = KIND_C;
                for (int k = s; k < Math.min(s + 5, padded); k++) {
                    char c = k == 0 || k == padded - 1 ? ' ' : word.charAt(k - 1);
                    h = (h ^ c) * PRIME;
                    if (k - s >= 1) {
                        out[n++] = mix(h) & mask;
                    }
                }
            }
        }
        // distinct in one pass: a per-thread mark per bucket, cleared by bumping the generation instead of a sort
        Seen seen = SEEN.get();
        int stamp = seen.next(buckets);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            int b = out[i];
            if (seen.marks[b] != stamp) {
                seen.marks[b] = stamp;
                out[distinct++] = b;
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    private static final ThreadLocal<Seen> SEEN = ThreadLocal.withInitial(Seen::new);

    private static final class Seen {
        int[] marks = new int[0];
        int generation;

        int next(int buckets) {
            if (marks.length != buckets || generation == Integer.MAX_VALUE) {
                marks = new int[buckets];
                generation = 0;
            }
            return ++generation;
        }
    }

    private static String digitsAsZero(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                StringBuilder b = new StringBuilder(word);
                for (int j = i; j < b.length(); j++) {
                    if (Character.isDigit(b.charAt(j))) {
                        b.setCharAt(j, '0');
                    }
                }
                return b.toString();
            }
        }
        return word;
    }

    private static final int OFFSET = 0x811c9dc5;
    private static final int PRIME = 0x01000193;
    private static final int KIND_C = (OFFSET ^ 'c') * PRIME;

    /** FNV-1a over a kind tag, s[from, to) and, for bigrams, a second word. */
    private static int hash(char kind, String s, int from, int to, String second) {
        int h = (OFFSET ^ kind) * PRIME;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        if (second != null) {
            h = (h ^ ' ') * PRIME;
            for (int i = 0; i < second.length(); i++) {
                h = (h ^ second.charAt(i)) * PRIME;
            }
        }
        return h;
    }

    private static int mix(int h) {
        return h ^ (h >>> 15);
    }
}
