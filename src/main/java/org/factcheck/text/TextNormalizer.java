package org.factcheck.text;

import java.util.regex.Pattern;

import com.ibm.icu.text.Normalizer2;

/**
 * Canonicalises raw article text so that stored offsets stay stable across re-imports.
 *
 * <p>Deliberately conservative: only line endings, NFC, a BOM, stray control characters and the outer blank edges
 * change. Spaces inside lines are preserved so that offsets still line up with what the user pasted.
 *
 * <p>Control characters: files and fetched pages carry stray ones (a NUL from a bad export, a form feed between
 * pages). PostgreSQL cannot store NUL, and none of them is text a reader sees, so vertical tab, form feed and
 * NEL become line breaks and every other C0/C1 control except tab and line break is removed. This happens here,
 * before the text is stored and segmented, so every offset is counted in the cleaned text. Short fields are not
 * cleaned silently: a NUL there is refused at the edge (web/StorableText).
 */
public final class TextNormalizer {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");
    /** Controls that end a line: vertical tab, form feed, NEL. */
    private static final Pattern LINE_CONTROLS = Pattern.compile("[\\x0B\\x0C\\x85]");
    /** Every other C0 and C1 control but tab and line feed (carriage returns are line breaks by then). */
    private static final Pattern STRAY_CONTROLS = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F]");

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
        s = withoutControls(s);
        s = NFC.normalize(s);
        return trimEdges(s);
    }

    /** Collapses every whitespace run (including NBSP) to one space and trims. */
    public static String normalizeTitle(String raw) {
        if (raw == null) {
            return null;
        }
        String s = STRAY_CONTROLS.matcher(LINE_CONTROLS.matcher(raw).replaceAll(" ")).replaceAll(" ");
        return WHITESPACE_RUN.matcher(NFC.normalize(s)).replaceAll(" ").trim();
    }

    /**
     * Line-ending controls as line breaks, other stray controls removed (see the class comment); for text that is
     * kept as it came otherwise (a fetched plain-text page).
     */
    public static String withoutControls(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F) {
                String lines = LINE_CONTROLS.matcher(s).replaceAll("\n");
                return STRAY_CONTROLS.matcher(lines).replaceAll("");
            }
        }
        return s; // the usual case: nothing to replace, no copy
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
