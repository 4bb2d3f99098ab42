package org.factcheck.text;

/** Converts non-decreasing UTF-16 indices to code point offsets in amortised linear time. */
final class OffsetMapper {
    private final String text;
    private int utf16 = 0;
    private int codePoints = 0;

    OffsetMapper(String text) {
        this.text = text;
    }

    int toCodePoint(int utf16Index) {
        if (utf16Index < utf16) {
            utf16 = 0;
            codePoints = 0;
        }
        codePoints += text.codePointCount(utf16, utf16Index);
        utf16 = utf16Index;
        return codePoints;
    }
}
