package org.factcheck.text;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Randomised check of the structural invariants on messy mixed-script input. */
class SegmenterPropertyTest {

    private static final String[] ARABIC = {"قالت", "وزارة", "الخارجية", "في", "بيان", "ت.غ", "ص.ب", "إن",
        "الحدود", "أرمينيا", "ت.", "غ", "الثلاثاء", "(06:00", "ق.م", "و\"العدو\""};
    private static final String[] ENGLISH = {"the", "minister", "said", "Mr.", "U.S.", "officials", "He", "was",
        "wrong", "Dr.", "F.", "economy", "2.5%", "I"};
    private static final String[] PUNCT = {".", "!", "?", "؟", "…", "«", "»", "\"", ",", "،", ")", "(", ". »", "..."};
    private static final String[] SPACE = {" ", " ", " ", "  ", "\n", "\n\n", "\t", "\u00A0", " \n ", "\u202F"};
    private static final String[] EXOTIC = {"\uD83D\uDE00", "e\u0301", "\uD834\uDD1E", "\u200B"};
    private static final String[] LANGS = {"ar", "en", "fr", "de", "und"};

    @Test
    void invariantsHoldOnRandomText() {
        Random random = new Random(20220913L);
        for (int iteration = 0; iteration < 200; iteration++) {
            String raw = randomText(random);
            String lang = LANGS[random.nextInt(LANGS.length)];
            String normalized = TextNormalizer.normalize(raw);
            try {
                SegmentationInvariants.check(normalized, Segmenter.segment(normalized, lang));
                // The segmenter must also cope with text that skipped normalization (as long as it has no CR).
                SegmentationInvariants.check(raw, Segmenter.segment(raw, lang));
            } catch (AssertionError e) {
                throw new AssertionError("iteration " + iteration + " lang=" + lang + " text=" + escape(raw), e);
            }
        }
    }

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int tokens = random.nextInt(80);
        for (int i = 0; i < tokens; i++) {
            int kind = random.nextInt(10);
            if (kind < 3) {
                sb.append(pick(random, ARABIC));
            } else if (kind < 5) {
                sb.append(pick(random, ENGLISH));
            } else if (kind < 7) {
                sb.append(pick(random, PUNCT));
            } else if (kind == 7) {
                sb.append(random.nextInt(3000));
            } else if (kind == 8) {
                sb.append(pick(random, EXOTIC));
            }
            // Mostly, but not always, separate tokens: glued punctuation is where breakers misbehave.
            if (random.nextInt(4) != 0) {
                sb.append(pick(random, SPACE));
            }
        }
        return sb.toString();
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c > 0x7E) {
                sb.append(String.format("\\u{%X}", c));
            } else {
                sb.append((char) c);
            }
        });
        return sb.toString();
    }
}
