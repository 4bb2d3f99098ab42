package org.factcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Re-anchoring without the application: positions, context, edits, surrogate pairs, orphans. */
class ReanchorTest {

    static Reanchor.Anchor anchor(String text, String quote, int occurrence) {
        int i = -1;
        for (int k = 0; k <= occurrence; k++) {
            i = text.indexOf(quote, i + 1);
        }
        int start = text.codePointCount(0, i);
        int end = start + quote.codePointCount(0, quote.length());
        int length = CodePoints.length(text);
        return new Reanchor.Anchor(start, end, quote, CodePoints.substring(text, Math.max(0, start - 32), start),
                CodePoints.substring(text, end, Math.min(length, end + 32)));
    }

    @Test
    void repeatedQuoteKeepsItsOwnOccurrenceWhenTextIsInsertedBefore() {
        String old = "Tax rose. Tax rose. Tax rose.";
        String text = "New lead sentence. " + old;
        Reanchor.Placement p = new Reanchor(old, text).place(anchor(old, "Tax rose", 1)).orElseThrow();
        assertEquals(19 + 10, p.start());
    }

    @Test
    void surrogatePairsCountAsOneCodePoint() {
        String old = "a😀b quote here.";
        String text = "😀😀 x a😀b quote here.";
        Reanchor.Placement p = new Reanchor(old, text).place(anchor(old, "quote", 0)).orElseThrow();
        assertEquals(CodePoints.length("😀😀 x a😀b "), p.start());
        assertEquals("quote", p.quote());
    }

    @Test
    void anEmojiChangedInsideTheQuoteIsASmallEdit() {
        String old = "Fans said 😀 wins the cup again today.";
        String text = "Fans said 😁 wins the cup again today.";
        Reanchor.Placement p = new Reanchor(old, text).place(anchor(old, "said 😀 wins the cup", 0)).orElseThrow();
        assertEquals("said 😁 wins the cup", p.quote());
        assertTrue(p.edited("said 😀 wins the cup"));
    }

    @Test
    void aRewrittenQuoteIsNotForcedOntoAPoorMatch() {
        String old = "The mayor promised three hundred homes by June. Other news.";
        String text = "The council discussed the budget at length. Other news.";
        Optional<Reanchor.Placement> p = new Reanchor(old, text).place(anchor(old, "promised three hundred homes", 0));
        assertTrue(p.isEmpty(), String.valueOf(p));
    }

    @Test
    void readableDiffNeverSplitsASurrogatePair() {
        for (var d : Reanchor.readableDiff("x 😀 y", "x 😁 y")) {
            assertTrue(d.text.isEmpty() || !Character.isLowSurrogate(d.text.charAt(0)), d.toString());
            assertTrue(d.text.isEmpty() || !Character.isHighSurrogate(d.text.charAt(d.text.length() - 1)), d.toString());
        }
    }
}
