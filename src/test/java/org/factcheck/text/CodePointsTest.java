package org.factcheck.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CodePointsTest {

    // "a", U+1F600 (surrogate pair), "b", "e" + COMBINING ACUTE ACCENT, U+1D11E (surrogate pair)
    private static final String MIXED = "a\uD83D\uDE00be\u0301\uD834\uDD1E";

    @Test
    void countsCodePointsNotChars() {
        assertEquals(8, MIXED.length());
        assertEquals(6, CodePoints.length(MIXED));
        assertEquals(0, CodePoints.length(""));
    }

    @Test
    void convertsBetweenUtf16AndCodePoints() {
        assertEquals(0, CodePoints.toUtf16Index(MIXED, 0));
        assertEquals(1, CodePoints.toUtf16Index(MIXED, 1));
        assertEquals(3, CodePoints.toUtf16Index(MIXED, 2)); // after the emoji
        assertEquals(6, CodePoints.toUtf16Index(MIXED, 5)); // combining mark counts as its own code point
        assertEquals(8, CodePoints.toUtf16Index(MIXED, 6));

        assertEquals(2, CodePoints.toCodePointOffset(MIXED, 3));
        assertEquals(6, CodePoints.toCodePointOffset(MIXED, 8));
        for (int cp = 0; cp <= 6; cp++) {
            assertEquals(cp, CodePoints.toCodePointOffset(MIXED, CodePoints.toUtf16Index(MIXED, cp)));
        }
    }

    @Test
    void substringUsesCodePointOffsets() {
        assertEquals("\uD83D\uDE00", CodePoints.substring(MIXED, 1, 2));
        assertEquals("e\u0301", CodePoints.substring(MIXED, 3, 5));
        assertEquals("\uD834\uDD1E", CodePoints.substring(MIXED, 5, 6));
        assertEquals(MIXED, CodePoints.substring(MIXED, 0, 6));
        assertEquals("", CodePoints.substring(MIXED, 6, 6));
    }

    @Test
    void rejectsOutOfRangeOffsets() {
        assertThrows(IllegalArgumentException.class, () -> CodePoints.substring(MIXED, 0, 7));
        assertThrows(IllegalArgumentException.class, () -> CodePoints.substring(MIXED, -1, 2));
        assertThrows(IllegalArgumentException.class, () -> CodePoints.substring(MIXED, 3, 2));
        assertThrows(IllegalArgumentException.class, () -> CodePoints.substring(MIXED, 7, 7));
        assertThrows(IllegalArgumentException.class, () -> CodePoints.toUtf16Index(MIXED, 7));
        assertThrows(IllegalArgumentException.class, () -> CodePoints.toCodePointOffset(MIXED, 9));
    }

    @Test
    void utf16OffsetsMapEveryCodePointOffsetIncludingTheEnd() {
        assertArrayEquals(new int[] {0, 1, 3, 4, 5, 6, 8}, CodePoints.utf16Offsets(MIXED));
        assertArrayEquals(new int[] {0}, CodePoints.utf16Offsets(""));
    }
}
