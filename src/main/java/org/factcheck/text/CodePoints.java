package org.factcheck.text;

/**
 * Conversions between UTF-16 indices and Unicode code point offsets.
 *
 * <p>The API exposes code point offsets so that clients in other languages (JS, Python) can map spans
 * without caring about surrogate pairs.
 */
public final class CodePoints {

    private CodePoints() {
    }

    /** Number of code points in {@code s[0, utf16Index)}. */
    public static int toCodePointOffset(String s, int utf16Index) {
        if (utf16Index < 0 || utf16Index > s.length()) {
            throw new IllegalArgumentException("UTF-16 index " + utf16Index + " out of range [0, " + s.length() + "]");
        }
        return s.codePointCount(0, utf16Index);
    }

    /** UTF-16 index of the code point at {@code codePointOffset}. */
    public static int toUtf16Index(String s, int codePointOffset) {
        if (codePointOffset < 0) {
            throw new IllegalArgumentException("Code point offset " + codePointOffset + " is negative");
        }
        try {
            return s.offsetByCodePoints(0, codePointOffset);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("Code point offset " + codePointOffset + " out of range", e);
        }
    }

    /** Code point count of {@code s}. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** At most {@code max} code points, with an ellipsis when cut; never splits a surrogate pair. */
    public static String abbreviate(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)).stripTrailing() + "…";
    }

    /** Substring by code point offsets, end exclusive. */
    public static String substring(String s, int cpStart, int cpEnd) {
        if (cpStart < 0 || cpEnd < cpStart) {
            throw new IllegalArgumentException("Invalid code point range [" + cpStart + ", " + cpEnd + ")");
        }
        int begin = toUtf16Index(s, cpStart);
        // Walk from begin rather than from 0 so long texts are not scanned twice.
        int end;
        try {
            end = s.offsetByCodePoints(begin, cpEnd - cpStart);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("Code point offset " + cpEnd + " out of range", e);
        }
        return s.substring(begin, end);
    }

    /**
     * The UTF-16 index of every code point offset 0…length (inclusive), in one pass: for code that cuts many spans
     * out of one long text (exports, imports), where {@link #substring} would walk the text once per span.
     */
    public static int[] utf16Offsets(String s) {
        int[] offsets = new int[s.codePointCount(0, s.length()) + 1];
        int i = 0;
        int cp = 0;
        while (i < s.length()) {
            offsets[cp++] = i;
            i += Character.charCount(s.codePointAt(i));
        }
        offsets[cp] = i;
        return offsets;
    }
}
