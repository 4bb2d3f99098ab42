package org.factcheck.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IndexedTextTest {

    // an emoji (two UTF-16 units) and a combining mark before the quote: offsets are code points
    private final IndexedText text = new IndexedText("😀 a\u0301 قال الوزير إن 49 جنديا قتلوا.");

    @Test
    void cutsByCodePoints() {
        assertEquals(34, text.length());
        assertEquals("قال", text.substring(5, 8));
        assertEquals("😀 a\u0301 ", text.prefix(5), "the context is clamped at the start");
        assertEquals(" الوزير إن 49 جنديا قتلوا.", text.suffix(8), "and at the end, within CONTEXT");
        assertEquals(5, text.codePointOffset(6), "UTF-16 index 6 is code point 5");
        assertEquals(true, text.codePointOffset(1) < 0, "inside the emoji's surrogate pair");
    }

    @Test
    void contextIsThirtyTwoCodePoints() {
        IndexedText longer = new IndexedText("x".repeat(100));
        assertEquals(IndexedText.CONTEXT, longer.prefix(50).length());
        assertEquals(IndexedText.CONTEXT, longer.suffix(50).length());
    }

    @Test
    void trimLeavesOuterWhiteSpaceOut() {
        assertArrayEquals(new int[] {5, 8}, text.trim(4, 9));
        assertNull(text.trim(4, 5), "only white space");
        // the segmenter's white space: a line indented with no-break spaces, a zero-width space at the end
        IndexedText indented = new IndexedText("Intro.\n\u00A0\u00A0Le ministre a dit.\u200B Fin.");
        assertArrayEquals(new int[] {9, 27}, indented.trim(7, 29));
        assertNull(indented.trim(6, 9), "a line break and no-break spaces are only white space");
    }
}
