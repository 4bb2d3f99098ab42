package org.factcheck.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Text folded for full-text search, exactly as the database's {@code search_fold(text)} folds it
 * (db-migrations/V9__search.sql; SearchFoldAgreementTest keeps the two in step): NFKC, the Arabic rules of
 * {@link MatchText} (tashkeel, superscript alef and tatweel dropped; alef variants, alef maqsura, teh marbuta,
 * Arabic-Indic digits unified), Latin letters without their accents, and {@code <} as a space (so the database's
 * parser never sees an HTML tag). Case is left alone: the text-search configurations lower-case words themselves.
 *
 * <p>Unlike {@link MatchText#fold} it keeps every other character where it was, and remembers for each folded
 * character where it came from: search snippets are cut and highlighted on the folded text, then shown in the
 * original spelling.
 */
public final class SearchFold {

    /** Latin letters with accents and their bare letter, one for one (the SQL function has the same two lists). */
    static final String LATIN_FROM = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝŸ";
    static final String LATIN_TO = "aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUYY";

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /**
     * The folded text; {@code start[i]} and {@code end[i]} are the UTF-16 range of the original text that folded
     * character {@code i} came from. A dropped mark belongs to the character before it, so a highlight never
     * separates a letter from its diacritics.
     */
    public record Folded(String text, int[] start, int[] end) {

        /** The original range of the folded range [from, to); to > from. */
        public int originalStart(int from) {
            return start[from];
        }

        public int originalEnd(int to) {
            return end[to - 1];
        }
    }

    private SearchFold() {
    }

    public static String fold(String text) {
        return text == null ? "" : map(text).text();
    }

    public static Folded map(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] start = new int[original.length() + 8];
        int[] end = new int[original.length() + 8];
        int i = 0;
        int pendingStart = -1; // marks dropped before any kept character attach to the next one
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            String decomposed = NFKC.isInert(cp) ? null : NFKC.normalize(original.substring(i, next));
            int emittedBefore = out.length();
            if (decomposed == null) {
                emit(out, cp);
            } else {
                decomposed.codePoints().forEach(c -> emit(out, c));
            }
            if (out.length() == emittedBefore) {
                if (emittedBefore > 0) {
                    end[emittedBefore - 1] = next;
                } else if (pendingStart < 0) {
                    pendingStart = i;
                }
            } else {
                if (out.length() > start.length) {
                    int size = Math.max(out.length() + 8, start.length * 2);
                    start = java.util.Arrays.copyOf(start, size);
                    end = java.util.Arrays.copyOf(end, size);
                }
                for (int k = emittedBefore; k < out.length(); k++) {
                    start[k] = pendingStart >= 0 ? pendingStart : i;
                    end[k] = next;
                    pendingStart = -1;
                }
            }
            i = next;
        }
        return new Folded(out.toString(), start, end);
    }

    private static void emit(StringBuilder out, int cp) {
        int c = MatchText.arabic(cp);
        if (c < 0) {
            return;
        }
        if (c == '<') {
            c = ' ';
        } else if (c >= 0xC0 && c <= 0x178) {
            int at = LATIN_FROM.indexOf(c);
            if (at >= 0) {
                c = LATIN_TO.charAt(at);
            }
        }
        out.appendCodePoint(c);
    }
}
