package org.factcheck.text;

import java.util.regex.Pattern;

import com.ibm.icu.text.Normalizer2;

/**
 * Canonicalises raw article text so that stored offsets stay stable across re-imports.
 *
 * <p>Deliberately conservative: only line endings, NFC, a BOM and the outer blank edges change. Spaces inside
 * lines are preserved so that offsets still line up with what the user pasted.
 */
public final class TextNormalizer {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = raw;
        if (s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = NFC.normalize(s);
        return trimEdges(s);
    }

    /** Collapses every whitespace run (including NBSP) to one space and trims. */
    public static String normalizeTitle(String raw) {
        if (raw == null) {
            return null;
        }
        return WHITESPACE_RUN.matcher(NFC.normalize(raw)).replaceAll(" ").trim();
    }

    /** UTF-16 length of the white space {@code s} starts with. */
    static int leadingWhitespace(String s) {
        int i = 0;
        while (i < s.length() && isWhitespace(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return i;
    }

    /** UTF-16 length of the white space {@code s} ends with. */
    static int trailingWhitespace(String s) {
        int i = s.length();
        while (i > 0 && isWhitespace(s.codePointBefore(i))) {
            i -= Character.charCount(s.codePointBefore(i));
        }
        return s.length() - i;
    }

    // Drops leading blank lines (but keeps the indentation of the first real line) and all trailing whitespace.
    private static String trimEdges(String s) {
        int end = s.length();
        while (end > 0) {
            int cp = s.codePointBefore(end);
            if (!isWhitespace(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        int start = 0;
        int lineStart = 0;
        while (start < end) {
            int cp = s.codePointAt(start);
            if (cp == '\n') {
                lineStart = start + 1;
            } else if (!isWhitespace(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        return s.substring(Math.min(lineStart, end), end);
    }

    /** White space as sentences and selections are trimmed of it: Java's, Unicode's space separators, ZWSP, BOM. */
    static boolean isWhitespace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u200B' || cp == '\uFEFF';
    }
}
