package org.factcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factcheck.text.Segmenter.Segmentation;
import org.factcheck.text.Segmenter.SentenceSpan;
import org.factcheck.text.Segmenter.Span;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Property-based checks (jqwik) of the structural invariants: for any input, sentences cover their paragraphs
 * exactly and in order, offsets are code points, and each sentence's text is the substring at its offsets.
 * Two generators: news-like tokens glued with the punctuation that breakers trip over, and arbitrary Unicode
 * weighted towards what matters here (Arabic, non-BMP, combining marks, bidi controls, punctuation, newlines).
 */
class SegmenterPropertyTest {

    private static final String[] ARABIC = {"قالت", "وزارة", "الخارجية", "في", "بيان", "ت.غ", "ص.ب", "إن",
        "الحدود", "أرمينيا", "ت.", "غ", "الثلاثاء", "(06:00", "ق.م", "و\"العدو\"", "د.", "م.", "سي.ان.ان", "٣٫٥",
        "٢٠٢٠", "(...)", "؛"};
    private static final String[] LATIN = {"the", "minister", "said", "Mr.", "U.S.", "officials", "He", "was",
        "wrong", "Dr.", "F.", "economy", "2.5%", "I", "Jan.", "No.", "M.", "Mme", "p.", "etc.", "J.-P.", "à",
        "3,5", "MM.", "faux", "Inc."};
    private static final String[] PUNCT = {".", "!", "?", "؟", "…", "«", "»", "\"", ",", "،", ")", "(", ". »", "...",
        "“", "”", "[", "]", "!\"", "?»", "؛", ":", "-", "\u2028", "\u0085"};
    private static final String[] SPACE = {" ", " ", " ", "  ", "\n", "\n\n", "\t", "\u00A0", " \n ", "\u202F", ""};
    private static final String[] EXOTIC = {"\uD83D\uDE00", "e\u0301", "\uD834\uDD1E", "\u200B", "\u200F", "\u202B",
        "\u2067", "\u2069", "\uFEFF", "\u0651", "\uD83D\uDC4B\uD83C\uDFFD", "\u0640"};
    private static final String[] LANGS = {"ar", "en", "fr", "de", "es", "und", "ar-EG", "fr_CA", "", "x"};

    @Property(tries = 400)
    void invariantsHoldOnNewsLikeTokens(@ForAll("newsLikeText") String raw, @ForAll("languages") String lang) {
        checkBothWays(raw, lang);
    }

    @Property(tries = 400)
    void invariantsHoldOnArbitraryUnicode(@ForAll("unicodeText") String raw, @ForAll("languages") String lang) {
        checkBothWays(raw, lang);
    }

    @Property(tries = 200)
    void segmentationIsDeterministicAndSentencesAreSubstrings(@ForAll("newsLikeText") String raw,
                                                             @ForAll("languages") String lang) {
        String text = TextNormalizer.normalize(raw);
        Segmentation seg = Segmenter.segment(text, lang);
        assertEquals(seg, Segmenter.segment(text, lang));
        for (SentenceSpan s : seg.sentences()) {
            // Offsets are code points: the UTF-16 substring at the converted offsets is the sentence.
            int from = text.offsetByCodePoints(0, s.start());
            int to = text.offsetByCodePoints(from, s.end() - s.start());
            String sentence = text.substring(from, to);
            assertEquals(CodePoints.substring(text, s.start(), s.end()), sentence);
            assertEquals(s.end() - s.start(), sentence.codePointCount(0, sentence.length()));
            // Whatever lies between a paragraph's sentences is whitespace only.
            Span p = seg.paragraphs().get(s.paragraphIndex());
            assertTrue(p.start() <= s.start() && s.end() <= p.end());
        }
        for (int i = 1; i < seg.sentences().size(); i++) {
            SentenceSpan a = seg.sentences().get(i - 1);
            SentenceSpan b = seg.sentences().get(i);
            String gap = CodePoints.substring(text, a.end(), b.start());
            assertTrue(gap.codePoints().allMatch(TextNormalizer::isWhitespace), () -> "non-space gap: " + gap);
            assertTrue(a.paragraphIndex() == b.paragraphIndex() || !gap.isEmpty());
        }
    }

    private static void checkBothWays(String raw, String lang) {
        String normalized = TextNormalizer.normalize(raw);
        SegmentationInvariants.check(normalized, Segmenter.segment(normalized, lang));
        // The segmenter must also cope with text that skipped normalization (as long as it has no CR).
        String unnormalized = raw.replace('\r', '\n');
        SegmentationInvariants.check(unnormalized, Segmenter.segment(unnormalized, lang));
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of(LANGS);
    }

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> token = Arbitraries.<String>frequencyOf(
                Tuple.of(3, Arbitraries.of(ARABIC)),
                Tuple.of(3, Arbitraries.of(LATIN)),
                Tuple.of(3, Arbitraries.of(PUNCT)),
                Tuple.of(1, Arbitraries.integers().between(0, 3000).map(i -> Integer.toString(i))),
                Tuple.of(1, Arbitraries.of(EXOTIC)));
        Arbitrary<String> tokenWithSpace = Combinators.combine(token, Arbitraries.of(SPACE)).as(String::concat);
        return tokenWithSpace.list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> unicodeText() {
        Arbitrary<Integer> codePoint = Arbitraries.<Integer>frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),           // ASCII
                Tuple.of(4, Arbitraries.integers().between(0x0600, 0x06FF)),       // Arabic
                Tuple.of(2, Arbitraries.of(0x0A, 0x0A, 0x0D, 0x09, 0x20, 0xA0, 0x2028, 0x2029, 0x85)),
                Tuple.of(2, Arbitraries.of((int) '.', (int) '!', (int) '?', 0x061F, 0x061B, 0x06D4, 0x2026,
                        0xAB, 0xBB, 0x201C, 0x201D, (int) '"', (int) '(', (int) ')', 0x060C, 0x066B, 0x0660)),
                Tuple.of(1, Arbitraries.integers().between(0x0300, 0x036F)),       // combining marks
                Tuple.of(1, Arbitraries.of(0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                        0x2066, 0x2067, 0x2068, 0x2069, 0x200B, 0x200D, 0xFEFF, 0x061C)),     // bidi and zero width
                Tuple.of(1, Arbitraries.integers().between(0x1F300, 0x1F6FF)),     // emoji (non-BMP)
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF)
                        .filter(c -> Character.isDefined(c))),
                Tuple.of(1, Arbitraries.integers().between(0x80, 0xFFFF)
                        .filter(c -> !Character.isSurrogate((char) c.intValue()))));
        return codePoint.list().ofMaxSize(300).map(SegmenterPropertyTest::fromCodePoints);
    }

    private static String fromCodePoints(List<Integer> codePoints) {
        StringBuilder sb = new StringBuilder();
        codePoints.forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
