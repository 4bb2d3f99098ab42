package org.factcheck.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Splits normalized text into paragraphs (non-blank lines) and sentences (ICU rules, corrected for Arabic
 * letter-dot-letter abbreviations, Latin abbreviations/initials and French spaced closing quotes).
 * All offsets are Unicode code point offsets into the text, end exclusive; sentences never cross paragraphs.
 */
public final class Segmenter {

    /** A half-open code point range {@code [start, end)}. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
            }
        }
    }

    /** A sentence range, with the index of the paragraph that contains it. */
    public record SentenceSpan(int paragraphIndex, int start, int end) {
        public SentenceSpan {
            if (paragraphIndex < 0 || start < 0 || end < start) {
                throw new IllegalArgumentException(
                        "Invalid sentence span " + paragraphIndex + ":[" + start + ", " + end + ")");
            }
        }
    }

    public record Segmentation(List<Span> paragraphs, List<SentenceSpan> sentences) {
        public Segmentation {
            paragraphs = List.copyOf(paragraphs);
            sentences = List.copyOf(sentences);
        }
    }

    // Abbreviations after which ICU would break before a capitalised word. Kept short on purpose: every entry
    // that can also end a sentence ("Inc.", "etc.", "p.m.") would glue two real sentences together.
    private static final Map<String, Set<String>> ABBREVIATIONS = Map.of(
            "en", Set.of("Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Sr.", "Jr.", "St.", "Gen.", "Gov.", "Sen.",
                    "Rep.", "Rev.", "Hon.", "Col.", "Lt.", "Capt.", "Sgt.", "Maj.", "Adm.", "Cmdr.", "Pres.", "Supt.",
                    "Det.", "Mt.", "Ft.", "vs.", "e.g.", "i.e.", "approx."),
            "fr", Set.of("MM.", "Mme.", "Mlle.", "Dr.", "Pr.", "Mgr.", "St.", "Ste.", "Gén.", "cf.", "p.",
                    "pp.", "env.", "av.", "apr.", "J.-C.", "n°."),
            "de", Set.of("Dr.", "Prof.", "Hr.", "Fr.", "St.", "Nr.", "Str.", "z.", "z.B.", "d.h.", "u.a.", "bzw.",
                    "ca.", "vgl.", "evtl.", "ggf.", "inkl."),
            "es", Set.of("Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "Lic.", "Ing.", "Ud.", "Uds.", "EE.UU.", "pág.",
                    "núm.", "aprox."));

    // Initials and dotted acronyms: "John F. Kennedy", "J.K. Rowling", "U.S. Army".
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");
    // German writes ordinals with a dot ("am 3. Oktober"); ICU reads it as a sentence end.
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}\\.");
    private static final Set<String> ORDINAL_DATE_LANGS = Set.of("de", "da", "nb", "no", "fi", "cs", "sk", "pl", "hu");
    private static final int MAX_ABBREVIATION_LENGTH = 12;
    private static final String OPENERS = "([{«\"“‘'";
    private static final String CLOSERS = "»”›)]";

    // ICU treats "ت." + Arabic letter as ATerm followed by OLetter and breaks; Arabic abbreviations like
    // "ت.غ" (GMT) or "ص.ب" are written exactly that way. A lone Arabic letter before the dot (not the last
    // letter of a word) identifies them; a piece ending in whitespace never qualifies, so real breaks survive.
    // ICU's FilteredBreakIteratorBuilder is not used: it has no word-boundary check.
    private static final String ARABIC_ABBREVIATION_OPENERS = "([«\"";

    // Building a BreakIterator loads and compiles rule data; cloning a cached prototype is much cheaper.
    private static final Map<String, BreakIterator> PROTOTYPES = new ConcurrentHashMap<>();

    private Segmenter() {
    }

    public static Segmentation segment(String normalizedText, String languageTag) {
        String text = normalizedText == null ? "" : normalizedText;
        String key = languageKey(languageTag);
        BreakIterator breaker = sentenceInstance(key);
        Set<String> abbreviations = ABBREVIATIONS.getOrDefault(key, Set.of());
        boolean ordinalDates = ORDINAL_DATE_LANGS.contains(key);
        OffsetMapper cp = new OffsetMapper(text);
        List<Span> paragraphs = new ArrayList<>();
        List<SentenceSpan> sentences = new ArrayList<>();

        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            int start = skipWhitespaceForward(text, lineStart, lineEnd);
            int end = skipWhitespaceBackward(text, start, lineEnd);
            if (start < end) {
                int paragraphIndex = paragraphs.size();
                int paragraphCpStart = cp.toCodePoint(start);
                segmentParagraph(text, start, end, paragraphIndex, breaker, abbreviations, ordinalDates, cp,
                        sentences);
                paragraphs.add(new Span(paragraphCpStart, cp.toCodePoint(end)));
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return new Segmentation(paragraphs, sentences);
    }

    private static void segmentParagraph(String text, int start, int end, int paragraphIndex,
                                         BreakIterator breaker, Set<String> abbreviations, boolean ordinalDates,
                                         OffsetMapper cp, List<SentenceSpan> out) {
        String paragraph = text.substring(start, end);
        int[] bounds = sentenceBoundaries(paragraph, breaker, abbreviations, ordinalDates);
        for (int i = 0; i + 1 < bounds.length; i++) {
            int s = skipWhitespaceForward(paragraph, bounds[i], bounds[i + 1]);
            int e = skipWhitespaceBackward(paragraph, s, bounds[i + 1]);
            if (s < e) {
                out.add(new SentenceSpan(paragraphIndex, cp.toCodePoint(start + s), cp.toCodePoint(start + e)));
            }
        }
    }

    /** ICU boundaries (UTF-16, within the paragraph, including 0 and length) after our corrections. */
    private static int[] sentenceBoundaries(String paragraph, BreakIterator breaker, Set<String> abbreviations,
                                            boolean ordinalDates) {
        breaker.setText(paragraph);
        int[] bounds = new int[16];
        int n = 0;
        bounds[n++] = breaker.first();
        int boundary = breaker.next();
        while (boundary != BreakIterator.DONE) {
            int next = breaker.next();
            int sentenceStart = bounds[n - 1];
            boolean merge = next != BreakIterator.DONE
                    && (endsWithArabicAbbreviation(paragraph, sentenceStart, boundary)
                    || endsWithAbbreviation(paragraph, sentenceStart, boundary, abbreviations, ordinalDates));
            if (!merge) {
                if (n == bounds.length) {
                    bounds = Arrays.copyOf(bounds, n * 2);
                }
                bounds[n++] = boundary;
            }
            boundary = next;
        }
        if (n == 1) {
            // Empty paragraph text; cannot happen for trimmed non-blank lines but keeps the contract simple.
            return new int[] {0, paragraph.length()};
        }
        return moveClosingQuotes(paragraph, Arrays.copyOf(bounds, n));
    }

    // Equivalent to (?:^|[\s(\[«"])\p{IsArabic}\.$ on the current sentence, without scanning it: only the
    // last three code points matter.
    private static boolean endsWithArabicAbbreviation(String paragraph, int sentenceStart, int boundary) {
        int dot = boundary - 1;
        if (dot <= sentenceStart || paragraph.charAt(dot) != '.') {
            return false;
        }
        int letter = paragraph.codePointBefore(dot);
        if (!Character.isLetter(letter) || Character.UnicodeScript.of(letter) != Character.UnicodeScript.ARABIC) {
            return false;
        }
        int letterStart = dot - Character.charCount(letter);
        if (letterStart == sentenceStart) {
            return true;
        }
        int before = paragraph.codePointBefore(letterStart);
        return TextNormalizer.isWhitespace(before) || ARABIC_ABBREVIATION_OPENERS.indexOf(before) >= 0;
    }

    // Word-boundary-checked abbreviation test. ICU's own "@ss=standard" suppressions match suffixes, so its
    // French "aux." swallows real breaks after "faux." / "journaux." and English "Joe." after "I met Joe.".
    private static boolean endsWithAbbreviation(String paragraph, int sentenceStart, int boundary,
                                                Set<String> abbreviations, boolean ordinalDates) {
        int end = skipWhitespaceBackward(paragraph, sentenceStart, boundary);
        if (end == sentenceStart || paragraph.charAt(end - 1) != '.') {
            return false;
        }
        int tokenStart = end;
        while (tokenStart > sentenceStart && end - tokenStart < MAX_ABBREVIATION_LENGTH) {
            int c = paragraph.codePointBefore(tokenStart);
            if (TextNormalizer.isWhitespace(c) || OPENERS.indexOf(c) >= 0) {
                break;
            }
            tokenStart -= Character.charCount(c);
        }
        boolean atWordStart = tokenStart == sentenceStart
                || TextNormalizer.isWhitespace(paragraph.codePointBefore(tokenStart))
                || OPENERS.indexOf(paragraph.codePointBefore(tokenStart)) >= 0;
        if (!atWordStart) {
            return false;
        }
        String token = paragraph.substring(tokenStart, end);
        return INITIALS.matcher(token).matches() || abbreviations.contains(token)
                || ordinalDates && ORDINAL.matcher(token).matches();
    }

    // French typography puts a space before "»", so ICU ends the sentence after "faux. " and starts the next
    // one with "» Le ministre". Closing marks followed by whitespace belong to the sentence they close.
    private static int[] moveClosingQuotes(String paragraph, int[] bounds) {
        int[] result = new int[bounds.length];
        int n = 0;
        result[n++] = bounds[0];
        for (int i = 1; i < bounds.length - 1; i++) {
            int b = bounds[i];
            int j = skipWhitespaceForward(paragraph, b, paragraph.length());
            int k = j;
            while (k < paragraph.length() && CLOSERS.indexOf(paragraph.charAt(k)) >= 0) {
                k++;
            }
            if (k > j && (k == paragraph.length() || TextNormalizer.isWhitespace(paragraph.codePointAt(k)))) {
                b = skipWhitespaceForward(paragraph, k, paragraph.length());
            }
            if (b > result[n - 1] && b < bounds[i + 1]) {
                result[n++] = b;
            }
        }
        result[n++] = bounds[bounds.length - 1];
        return Arrays.copyOf(result, n);
    }

    private static BreakIterator sentenceInstance(String key) {
        BreakIterator prototype = PROTOTYPES.computeIfAbsent(key,
                k -> BreakIterator.getSentenceInstance(ULocale.forLanguageTag(k)));
        return (BreakIterator) prototype.clone();
    }

    // Bounds the cache: only the primary language subtag matters for sentence breaking here.
    private static String languageKey(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return "und";
        }
        String primary = languageTag.trim().split("[-_@]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : "und";
    }

    private static int skipWhitespaceForward(String s, int from, int to) {
        int i = from;
        while (i < to) {
            int c = s.codePointAt(i);
            if (!TextNormalizer.isWhitespace(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static int skipWhitespaceBackward(String s, int from, int to) {
        int i = to;
        while (i > from) {
            int c = s.codePointBefore(i);
            if (!TextNormalizer.isWhitespace(c)) {
                break;
            }
            i -= Character.charCount(c);
        }
        return i;
    }

    /** Converts non-decreasing UTF-16 indices to code point offsets in amortised linear time. */
    private static final class OffsetMapper {
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
}
