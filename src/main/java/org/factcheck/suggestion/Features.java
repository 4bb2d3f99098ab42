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
        TextCues.Analysis analysis = TextCues.analyse(sentence, language);
        float[] cues = TextCues.abstractFeatures(analysis);
        int[] hashed = buckets == 0 ? new int[0] : ngramBuckets(analysis.text(), buckets);
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

    /** Distinct buckets, sorted (a bucket hit twice counts once). */
    private static int[] ngramBuckets(String normalized, int buckets) {
        List<String> words = TextCues.words(normalized);
        int mask = buckets - 1;
        int[] out = new int[words.size() * 16 + 4];
        int n = 0;
        String previous = "<s>";
        for (String raw : words) {
            String word = digitsAsZero(raw);
            out = grow(out, n + 20);
            out[n++] = hash('w', word, 0, word.length(), null) & mask;
            out[n++] = hash('b', previous, 0, previous.length(), word) & mask;
            previous = word;
            String padded = " " + word + " ";
            for (int len = 2; len <= 5; len++) {
                for (int s = 0; s + len <= padded.length(); s++) {
                    out = grow(out, n + 1);
                    out[n++] = hash('c', padded, s, s + len, null) & mask;
                }
            }
        }
        int[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    private static int[] grow(int[] a, int need) {
        return need <= a.length ? a : Arrays.copyOf(a, Math.max(need, a.length * 2));
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

    /** FNV-1a over a kind tag, s[from, to) and, for bigrams, a second word. */
    private static int hash(char kind, String s, int from, int to, String second) {
        int h = 0x811c9dc5;
        h = (h ^ kind) * 0x01000193;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        if (second != null) {
            h = (h ^ ' ') * 0x01000193;
            for (int i = 0; i < second.length(); i++) {
                h = (h ^ second.charAt(i)) * 0x01000193;
            }
        }
        return h ^ (h >>> 15);
    }
}
