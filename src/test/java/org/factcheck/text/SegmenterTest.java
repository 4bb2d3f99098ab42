package org.factcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.factcheck.text.Segmenter.Segmentation;
import org.factcheck.text.Segmenter.SentenceSpan;
import org.factcheck.text.Segmenter.Span;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    static String loadSeed() throws IOException {
        try (InputStream in = SegmenterTest.class.getResourceAsStream("/seed/article-ar-2022-09-13.txt")) {
            if (in == null) {
                throw new IOException("seed article missing from test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> sentenceTexts(String text, Segmentation seg) {
        return seg.sentences().stream().map(s -> CodePoints.substring(text, s.start(), s.end())).toList();
    }

    @Test
    void arabicSeedHasExpectedStructure() throws IOException {
        String text = TextNormalizer.normalize(loadSeed());
        Segmentation seg = Segmenter.segment(text, "ar");

        assertEquals(26, seg.paragraphs().size());
        assertEquals(28, seg.sentences().size());
        SegmentationInvariants.check(text, seg);
    }

    @Test
    void arabicGmtAbbreviationStaysInsideOneSentence() throws IOException {
        String text = TextNormalizer.normalize(loadSeed());
        Segmentation seg = Segmenter.segment(text, "ar");

        int occurrences = 0;
        for (int i = text.indexOf("ت.غ"); i >= 0; i = text.indexOf("ت.غ", i + 1)) {
            occurrences++;
            int cpStart = CodePoints.toCodePointOffset(text, i);
            int cpEnd = cpStart + 3;
            long containing = seg.sentences().stream()
                    .filter(s -> s.start() <= cpStart && cpEnd <= s.end())
                    .count();
            assertEquals(1, containing, "ت.غ at " + cpStart + " must lie inside exactly one sentence");
        }
        assertEquals(2, occurrences);
    }

    @Test
    void arabicAbbreviationFixKeepsRealBreaks() {
        String text = "وصل الوفد في الساعة 06:00 ت.غ. وقال الوزير إن المحادثات بدأت. ثم عاد إلى البيت.";
        List<String> sentences = sentenceTexts(text, Segmenter.segment(text, "ar"));
        assertEquals(List.of("وصل الوفد في الساعة 06:00 ت.غ.", "وقال الوزير إن المحادثات بدأت.",
                "ثم عاد إلى البيت."), sentences);

        String box = "العنوان ص.ب 1234 في المدينة. وفي عام 300 ق.م بنيت القلعة.";
        assertEquals(2, Segmenter.segment(box, "ar").sentences().size());
    }

    @Test
    void englishAbbreviationsDoNotSplit() {
        String text = "Mr. Smith said the U.S. economy grew 2.5% in 2023. He was wrong.";
        Segmentation seg = Segmenter.segment(text, "en");
        assertEquals(List.of("Mr. Smith said the U.S. economy grew 2.5% in 2023.", "He was wrong."),
                sentenceTexts(text, seg));
        SegmentationInvariants.check(text, seg);

        String more = "U.S. officials met Dr. Jones and John F. Kennedy Jr. yesterday. I met Joe. He said hi.";
        assertEquals(List.of("U.S. officials met Dr. Jones and John F. Kennedy Jr. yesterday.", "I met Joe.",
                "He said hi."), sentenceTexts(more, Segmenter.segment(more, "en")));
    }

    @Test
    void frenchGuillemetsStayWithTheirSentence() {
        String text = "M. Dupont a déclaré « c'est faux. » Le ministre a répondu. Les chiffres sont faux. "
                + "Il a ajouté : « Nous verrons ! »";
        Segmentation seg = Segmenter.segment(text, "fr");
        assertEquals(List.of("M. Dupont a déclaré « c'est faux. »", "Le ministre a répondu.",
                "Les chiffres sont faux.", "Il a ajouté : « Nous verrons ! »"), sentenceTexts(text, seg));
        SegmentationInvariants.check(text, seg);
    }

    @Test
    void germanOrdinalDatesDoNotSplit() {
        String text = "Er kam am 3. Oktober nach Berlin. Dann ging er.";
        assertEquals(2, Segmenter.segment(text, "de").sentences().size());
    }

    @Test
    void offsetsAreCodePointsWithEmojiAndCombiningMarks() {
        // Emoji outside the BMP and a decomposed "é" before the sentences under test.
        String text = "\uD83D\uDE00 Cafe\u0301 opened. \uD83D\uDC4B\uD83C\uDFFD Bye now!\n\nNext \uD834\uDD1E line.";
        Segmentation seg = Segmenter.segment(text, "en");
        SegmentationInvariants.check(text, seg);

        // Code points: emoji=1, "e"+U+0301=2, waving hand + skin tone=2, so UTF-16 indices would all differ.
        assertEquals(List.of(new Span(0, 27), new Span(29, 41)), seg.paragraphs());
        assertEquals(List.of(new SentenceSpan(0, 0, 15), new SentenceSpan(0, 16, 27), new SentenceSpan(1, 29, 41)),
                seg.sentences());
        assertEquals("\uD83D\uDE00 Cafe\u0301 opened.", CodePoints.substring(text, 0, 15));
        assertEquals("\uD83D\uDC4B\uD83C\uDFFD Bye now!", CodePoints.substring(text, 16, 27));
        assertEquals("Next \uD834\uDD1E line.", CodePoints.substring(text, 29, 41));
    }

    @Test
    void paragraphsAreTrimmedNonBlankLines() {
        String text = "  Title line  \n\n\t\nBody one. Body two.\n   \nLast";
        Segmentation seg = Segmenter.segment(text, "en");
        SegmentationInvariants.check(text, seg);
        assertEquals(3, seg.paragraphs().size());
        assertEquals("Title line", CodePoints.substring(text, seg.paragraphs().get(0).start(),
                seg.paragraphs().get(0).end()));
        assertEquals(List.of(0, 1, 1, 2), seg.sentences().stream().map(SentenceSpan::paragraphIndex).toList());
    }

    @Test
    void emptyTextYieldsNothing() {
        Segmentation seg = Segmenter.segment("", "ar");
        assertTrue(seg.paragraphs().isEmpty());
        assertTrue(seg.sentences().isEmpty());
        assertTrue(Segmenter.segment(" \n\n ", null).sentences().isEmpty());
    }

    @Test
    void longArticleIsFast() throws IOException {
        String seed = TextNormalizer.normalize(loadSeed());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 72; i++) { // 72 * 28 = 2016 sentences
            sb.append(seed).append("\n\n");
        }
        String text = TextNormalizer.normalize(sb.toString());
        Segmenter.segment(seed, "ar"); // warm up ICU data loading

        long t0 = System.nanoTime();
        Segmentation seg = Segmenter.segment(text, "ar");
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertEquals(72 * 28, seg.sentences().size());
        assertTrue(millis < 1000, "segmenting 2,016 sentences took " + millis + " ms");
        SegmentationInvariants.check(text, seg);
    }
}
