package org.factcheck.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.text.Segmenter.Segmentation;
import org.factcheck.text.Segmenter.SentenceSpan;
import org.factcheck.text.Segmenter.Span;

/** Structural checks every segmentation must pass, shared by example-based and randomised tests. */
final class SegmentationInvariants {

    private SegmentationInvariants() {
    }

    static void check(String text, Segmentation seg) {
        List<Span> paragraphs = seg.paragraphs();
        List<SentenceSpan> sentences = seg.sentences();
        int textLength = CodePoints.length(text);

        int previousEnd = 0;
        StringBuilder allParagraphs = new StringBuilder();
        for (Span p : paragraphs) {
            assertTrue(p.start() >= previousEnd, () -> "paragraphs overlap or are out of order: " + p);
            assertTrue(p.end() <= textLength, () -> "paragraph past end of text: " + p);
            String pText = CodePoints.substring(text, p.start(), p.end());
            assertFalse(pText.isEmpty(), "empty paragraph");
            assertEquals(strip(pText), pText, "paragraph not trimmed");
            assertFalse(pText.contains("\n"), "paragraph crosses a line break");
            allParagraphs.append(pText);
            previousEnd = p.end();
        }
        assertEquals(removeWhitespace(text), removeWhitespace(allParagraphs.toString()),
                "paragraphs must cover all non-whitespace text");

        StringBuilder[] perParagraph = new StringBuilder[paragraphs.size()];
        int lastParagraph = 0;
        previousEnd = 0;
        for (SentenceSpan s : sentences) {
            assertTrue(s.paragraphIndex() < paragraphs.size(), () -> "bad paragraph index: " + s);
            assertTrue(s.paragraphIndex() >= lastParagraph, () -> "sentences out of paragraph order: " + s);
            Span p = paragraphs.get(s.paragraphIndex());
            assertTrue(s.start() >= p.start() && s.end() <= p.end(), () -> "sentence " + s + " outside " + p);
            assertTrue(s.start() >= previousEnd, () -> "sentences overlap or are out of order: " + s);
            assertTrue(s.start() < s.end(), () -> "empty sentence: " + s);
            String sText = CodePoints.substring(text, s.start(), s.end());
            assertEquals(strip(sText), sText, "sentence not trimmed");
            int i = s.paragraphIndex();
            if (perParagraph[i] == null) {
                perParagraph[i] = new StringBuilder();
            }
            perParagraph[i].append(sText);
            lastParagraph = i;
            previousEnd = s.end();
        }
        // a selection that takes the white space around a sentence along (line breaks, indentation, no-break and
        // zero-width spaces) is trimmed to exactly that sentence, as claims and notes are placed (IndexedText.trim)
        IndexedText indexed = new IndexedText(text);
        for (int k = 0; k < sentences.size(); k++) {
            SentenceSpan s = sentences.get(k);
            int before = k == 0 ? 0 : sentences.get(k - 1).end();
            int after = k + 1 == sentences.size() ? textLength : sentences.get(k + 1).start();
            assertArrayEquals(new int[] {s.start(), s.end()}, indexed.trim(before, after),
                    () -> "selection around " + s + " not trimmed to it");
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            Span p = paragraphs.get(i);
            String expected = removeWhitespace(CodePoints.substring(text, p.start(), p.end()));
            String actual = perParagraph[i] == null ? "" : removeWhitespace(perParagraph[i].toString());
            assertEquals(expected, actual, "sentences must cover paragraph " + i);
        }
    }

    static String removeWhitespace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> !TextNormalizer.isWhitespace(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && TextNormalizer.isWhitespace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && TextNormalizer.isWhitespace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }
}
