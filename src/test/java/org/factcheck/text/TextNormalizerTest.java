package org.factcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void normalizesLineEndingsBomAndEdges() {
        String raw = "\uFEFF\r\n  \n   First  line  \r\nSecond\rThird \t \r\n\r\n";
        assertEquals("   First  line  \nSecond\nThird", TextNormalizer.normalize(raw));
    }

    @Test
    void appliesNfcWithoutTouchingArabic() {
        assertEquals("caf\u00E9", TextNormalizer.normalize("cafe\u0301"));
        String arabic = "قالت وزارة الخارجية  (06:00 ت.غ)، «نص»";
        assertEquals(arabic, TextNormalizer.normalize(arabic));
    }

    @Test
    void keepsInnerBlankLinesAndSpaces() {
        String text = "a  b\n\n\nc\t d";
        assertEquals(text, TextNormalizer.normalize(text));
    }

    @Test
    void emptyAndBlankInputs() {
        assertEquals("", TextNormalizer.normalize(null));
        assertEquals("", TextNormalizer.normalize(""));
        assertEquals("", TextNormalizer.normalize(" \r\n\t\n"));
    }

    @Test
    void normalizeTitleCollapsesWhitespace() {
        assertEquals("Hello World !", TextNormalizer.normalizeTitle("  Hello \n\t World\u00A0! "));
        assertNull(TextNormalizer.normalizeTitle(null));
    }

    @Test
    void strayControlsAreRemovedAndLineEndingControlsBecomeLineBreaks() {
        // a NUL from a bad export, a bell, DEL and a C1 control vanish; a form feed between pages ends the line
        String raw = "First\u0000 line\u0007.\fSecond\u007F page\u0090.\u000BThird\u0085Fourth\tend";
        assertEquals("First line.\nSecond page.\nThird\nFourth\tend", TextNormalizer.normalize(raw));
        assertEquals("A title", TextNormalizer.normalizeTitle("A\u0000title\u0001"));
        assertEquals("plain", TextNormalizer.withoutControls("plain"));
        assertEquals("a\nb\r\nc", TextNormalizer.withoutControls("a\fb\r\n\u0000c"));
    }
}
