package org.factcheck.text;

/**
 * An article text with its code-point index built once, for code that cuts spans, quotes and their context out of
 * it (notes, claims, imports, exports, re-anchoring): each cut is then direct, where {@link CodePoints#substring}
 * walks the text again every time. One rule for the context kept with a quote (W3C TextQuoteSelector prefix and
 * suffix) and one for trimming a selection.
 */
public final class IndexedText {

    /** Code points of context kept on each side of a quote. */
    public static final int CONTEXT = 32;

    private final String text;
    private final int[] utf16;

    public IndexedText(String text) {
        this.text = text;
        this.utf16 = CodePoints.utf16Offsets(text);
    }

    public String text() {
        return text;
    }

    /** Length in code points. */
    public int length() {
        return utf16.length - 1;
    }

    /** Code points [start, end); both are clamped to the text. */
    public String substring(int start, int end) {
        return text.substring(utf16[clamp(start)], utf16[clamp(end)]);
    }

    /** The context before a quote that starts at {@code start}. */
    public String prefix(int start) {
        return substring(start - CONTEXT, start);
    }

    /** The context after a quote that ends at {@code end}. */
    public String suffix(int end) {
        return substring(end, end + CONTEXT);
    }

    /** The UTF-16 index of a code-point offset, clamped to the text. */
    public int utf16Index(int codePoint) {
        return utf16[clamp(codePoint)];
    }

    /** The code-point offset at a UTF-16 index, or a negative number inside a surrogate pair. */
    public int codePointOffset(int utf16Index) {
        return java.util.Arrays.binarySearch(utf16, utf16Index);
    }

    /**
     * A mouse selection often takes a space or two along: a claim or note starts and ends on text. The span
     * without its outer white space, or null when nothing else is left. White space is what the segmenter trims
     * off sentences (no-break and zero-width spaces too), so a selected sentence is exactly that sentence.
     */
    public int[] trim(int start, int end) {
        int from = start;
        int to = end;
        while (from < to && TextNormalizer.isWhitespace(text.codePointAt(utf16[from]))) {
            from++;
        }
        while (to > from && TextNormalizer.isWhitespace(text.codePointAt(utf16[to - 1]))) {
            to--;
        }
        return from == to ? null : new int[] {from, to};
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, length()));
    }
}
