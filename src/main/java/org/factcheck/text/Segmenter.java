package org.factcheck.text;

import static org.factcheck.text.SegmenterText.skipWhitespaceBackward;
import static org.factcheck.text.SegmenterText.skipWhitespaceForward;
import static org.factcheck.text.SegmenterText.wordAt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;

/**
 * Splits normalized text into paragraphs (non-blank lines) and sentences: ICU rules, corrected for Arabic
 * abbreviations and initials, Latin abbreviations (ours and ICU's lists, word-boundary checked), abbreviations
 * before numbers, bracketed ellipses, "!"/"?" before lower case, "…", French spaced closing quotes and lower-case
 * "à" sentence starts, English abbreviations that end a sentence ("the U.S. The …") and quotations followed by who
 * said them ('"Why?" Smith asked.'); {@link SegmenterMarks} then puts list numbers, glued brackets and bidi isolates
 * on the right side of a boundary. docs/segmentation.md lists each correction with its reason and the scores on UD gold
 * data.
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

    // Initials and dotted acronyms: "John F. Kennedy", "J.K. Rowling", "U.S. Army", French "J.-P. Bruneau".
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.(?:-?\\p{Lu}\\.)*");
    // German writes ordinals with a dot ("am 3. Oktober"); ICU reads it as a sentence end.
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}\\.");
    private static final Set<String> ORDINAL_DATE_LANGS = Set.of("de", "da", "nb", "no", "fi", "cs", "sk", "pl", "hu");
    private static final int MAX_ABBREVIATION_LENGTH = 12;
    private static final String OPENERS = "([{«\"“‘'";
    private static final String CLOSERS = "»”›)]";

    // Characters that may stand before an Arabic abbreviation (see endsWithArabicAbbreviation). ICU's
    // FilteredBreakIteratorBuilder is not used: it has no word-boundary check.
    private static final String ARABIC_ABBREVIATION_OPENERS = "([«\"";
    private static final Pattern BRACKETED_ELLIPSIS = Pattern.compile("[(\\[]\\s*(?:\\.{2,}|…)\\s*[)\\]]$");
    private static final Pattern REFERENCE_MARKS =
            Pattern.compile("(?:\\[(?:\\d{1,3}|[a-z])(?:\\s*[-–,]\\s*\\d{1,3})*])+");
    private static final Pattern LOWER_CASE_START = Pattern.compile("(?:\\p{L}{2}|\\))[.!?][\"»”)]*\\s+(?=à[\\s'’])");

    // Building a BreakIterator loads and compiles rule data; cloning a cached prototype is much cheaper.
    private static final Map<String, BreakIterator> PROTOTYPES = new ConcurrentHashMap<>();
    private static final Map<String, Rules> RULES = new ConcurrentHashMap<>();

    private Segmenter() {
    }

    public static Segmentation segment(String normalizedText, String languageTag) {
        String text = normalizedText == null ? "" : normalizedText;
        String key = languageKey(languageTag);
        BreakIterator breaker = sentenceInstance(key);
        Rules rules = RULES.computeIfAbsent(key, Segmenter::rules);
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
                segmentParagraph(text, start, end, paragraphIndex, breaker, rules, cp, sentences);
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
                                         BreakIterator breaker, Rules rules, OffsetMapper cp,
                                         List<SentenceSpan> out) {
        String paragraph = text.substring(start, end);
        int[] bounds = sentenceBoundaries(paragraph, breaker, rules);
        for (int i = 0; i + 1 < bounds.length; i++) {
            int s = skipWhitespaceForward(paragraph, bounds[i], bounds[i + 1]);
            int e = skipWhitespaceBackward(paragraph, s, bounds[i + 1]);
            if (s < e) {
                out.add(new SentenceSpan(paragraphIndex, cp.toCodePoint(start + s), cp.toCodePoint(start + e)));
            }
        }
    }

    /** ICU boundaries (UTF-16, within the paragraph, including 0 and length) after our corrections. */
    private static int[] sentenceBoundaries(String paragraph, BreakIterator breaker, Rules rules) {
        // UAX #29 does not count "…" (U+2026) as a full stop, so "He waited… Then he left." stayed one sentence
        // while "waited... Then" was split. ICU sees it as "." (same length, so offsets are unchanged) and the
        // full-stop rules apply: no break before a lower-case word or a digit.
        breaker.setText(paragraph.indexOf('…') < 0 ? paragraph : paragraph.replace('…', '.'));
        int[] bounds = new int[16];
        int n = 0;
        bounds[n++] = breaker.first();
        int boundary = breaker.next();
        while (boundary != BreakIterator.DONE) {
            int next = breaker.next();
            int sentenceStart = bounds[n - 1];
            boolean merge = next != BreakIterator.DONE
                    && (endsWithArabicAbbreviation(paragraph, sentenceStart, boundary)
                    || endsWithAbbreviation(paragraph, sentenceStart, boundary, rules)
                    && !startsNewSentence(paragraph, boundary, rules)
                    || endsWithBracketedEllipsis(paragraph, sentenceStart, boundary)
                    || continuesInLowerCase(paragraph, sentenceStart, boundary)
                    || continuesWithAttribution(paragraph, sentenceStart, boundary, rules)
                    || continuesAfterTime(paragraph, sentenceStart, boundary, rules)
                    || rules.companySuffixes().contains(wordAt(paragraph, boundary)));
            if (!merge) {
                if (n + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, n * 2 + 2);
                }
                bounds[n++] = boundary;
            }
            boundary = next;
        }
        if (n == 1) {
            // Empty paragraph text; cannot happen for trimmed non-blank lines but keeps the contract simple.
            return new int[] {0, paragraph.length()};
        }
        int[] result = Arrays.copyOf(bounds, n);
        if (rules.lowerCaseStarts()) {
            result = splitBeforeLowerCaseStart(paragraph, result, rules);
        }
        return SegmenterMarks.apply(paragraph, moveClosingQuotes(paragraph, result));
    }

    // Arabic has no letter case, so ICU breaks after every full stop followed by a letter. Two shapes are
    // abbreviations: letters glued by dots, as in "ت.غ" (GMT), "ص.ب", "ق.م" or transliterated initials
    // "سي.ان.ان" (one or two letters before each glued dot), and a lone letter with a dot and a space, as in the
    // title "د. أحمد". Only the last few code points of the current sentence are looked at.
    private static boolean endsWithArabicAbbreviation(String paragraph, int sentenceStart, int boundary) {
        int end = skipWhitespaceBackward(paragraph, sentenceStart, boundary);
        boolean glued = end == boundary;
        int dot = end - 1;
        if (dot <= sentenceStart || paragraph.charAt(dot) != '.') {
            return false;
        }
        int letter = paragraph.codePointBefore(dot);
        if (!isArabicLetter(letter)) {
            return false;
        }
        int letterStart = dot - Character.charCount(letter);
        if (glued && letterStart > sentenceStart && isArabicLetter(paragraph.codePointBefore(letterStart))) {
            letterStart -= Character.charCount(paragraph.codePointBefore(letterStart));
        }
        if (letterStart == sentenceStart) {
            return true;
        }
        int before = paragraph.codePointBefore(letterStart);
        boolean wordStart = TextNormalizer.isWhitespace(before) || ARABIC_ABBREVIATION_OPENERS.indexOf(before) >= 0;
        if (glued) {
            return wordStart || before == '.';
        }
        if (afterNumber(paragraph, sentenceStart, letterStart)) {
            // A title stands before a name, never after a number: "عام 1990 م." (AD) and "الساعة 10 ص."
            // (a.m.) may well end the sentence; "م. أحمد" (engineer) is a title.
            return false;
        }
        return wordStart;
    }

    private static boolean afterNumber(String paragraph, int sentenceStart, int tokenStart) {
        int end = skipWhitespaceBackward(paragraph, sentenceStart, tokenStart);
        return end > sentenceStart && Character.isDigit(paragraph.codePointBefore(end));
    }

    private static boolean isArabicLetter(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    // "(...)" and "[…]" mark words left out of a quotation, not the end of a sentence; ICU breaks after them
    // whenever an upper-case or Arabic letter follows.
    private static boolean endsWithBracketedEllipsis(String paragraph, int sentenceStart, int boundary) {
        int end = skipWhitespaceBackward(paragraph, sentenceStart, boundary);
        if (end == sentenceStart || ")]".indexOf(paragraph.charAt(end - 1)) < 0) {
            return false;
        }
        // Only the tail can match; look at a few characters, not the whole sentence.
        return BRACKETED_ELLIPSIS.matcher(paragraph).region(Math.max(sentenceStart, end - 12), end).find();
    }

    // "He said "Stop!" and left", "« Non ! » et il est parti", "the 'a-ha!' moment": after "!" or "?" (with closing
    // marks, single quotes too) a lower-case word continues the sentence. ICU only applies this to full stops.
    private static boolean continuesInLowerCase(String paragraph, int sentenceStart, int boundary) {
        int end = skipWhitespaceBackward(paragraph, sentenceStart, boundary);
        while (end > sentenceStart && (CLOSERS.indexOf(paragraph.charAt(end - 1)) >= 0
                || "\"'\u2019".indexOf(paragraph.charAt(end - 1)) >= 0
                || TextNormalizer.isWhitespace(paragraph.charAt(end - 1)))) {
            end--;
        }
        if (end == sentenceStart || "!?‼⁇⁈⁉".indexOf(paragraph.charAt(end - 1)) < 0) {
            return false;
        }
        int i = boundary;
        while (i < paragraph.length() && (CLOSERS.indexOf(paragraph.charAt(i)) >= 0
                || TextNormalizer.isWhitespace(paragraph.charAt(i)))) {
            i++;
        }
        return i < paragraph.length() && Character.isLowerCase(paragraph.codePointAt(i));
    }

    // '"Why now?" Smith asked.': a quoted question or exclamation followed by who said it ("Smith asked",
    // "Prime Minister Jones replied") is one sentence, like '"Why now?" he asked.' (continuesInLowerCase). Only
    // with a closing quote, and only one to three capitalised words followed by a verb of saying.
    private static boolean continuesWithAttribution(String paragraph, int sentenceStart, int boundary, Rules rules) {
        if (rules.sayingVerbs().isEmpty()) {
            return false;
        }
        int end = skipWhitespaceBackward(paragraph, sentenceStart, boundary);
        if (end - sentenceStart < 2 || "\"”’»".indexOf(paragraph.charAt(end - 1)) < 0
                || "!?".indexOf(paragraph.charAt(end - 2)) < 0) {
            return false;
        }
        int i = boundary;
        for (int words = 0; words <= 3; words++) {
            i = skipWhitespaceForward(paragraph, i, paragraph.length());
            int wordEnd = i;
            while (wordEnd < paragraph.length() && (Character.isLetter(paragraph.codePointAt(wordEnd))
                    || paragraph.charAt(wordEnd) == '-' || paragraph.charAt(wordEnd) == '\'')) {
                wordEnd += Character.charCount(paragraph.codePointAt(wordEnd));
            }
            if (wordEnd == i) {
                return false;
            }
            String word = paragraph.substring(i, wordEnd);
            if (words > 0 && rules.sayingVerbs().contains(word)) {
                return true;
            }
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
            i = wordEnd;
        }
        return false;
    }

    // "at 10 a.m. Tuesday", "at 5 p.m. EST", "at 8 p.m. (0100 GMT)": a weekday, a time zone or the time converted in
    // brackets after a.m./p.m. belongs to the time. ("a.m."
    // is not an abbreviation for us: it often ends a sentence, and ICU breaks before any capital after it.)
    private static boolean continuesAfterTime(String paragraph, int sentenceStart, int boundary, Rules rules) {
        if (rules.timeFollowers().isEmpty()) {
            return false;
        }
        int end = skipWhitespaceBackward(paragraph, sentenceStart, boundary);
        if (end - sentenceStart < 4) {
            return false;
        }
        String tail = paragraph.substring(end - 4, end).toLowerCase(Locale.ROOT);
        if (!tail.equals("a.m.") && !tail.equals("p.m.")) {
            return false;
        }
        int next = skipWhitespaceForward(paragraph, boundary, paragraph.length());
        boolean conversion = next + 1 < paragraph.length() && paragraph.charAt(next) == '('
                && Character.isDigit(paragraph.charAt(next + 1)); // "at 8:51 p.m. (1451 GMT) from"
        return conversion || rules.timeFollowers().contains(wordAt(paragraph, boundary));
    }

    // French news text often starts a sentence with a lower-case "à" (the capital "À" is hard to type), and ICU
    // never breaks before a lower-case letter. Only after a word of two letters or more that is not a known
    // abbreviation, so "p. à" or "M. à" stay whole.
    private static int[] splitBeforeLowerCaseStart(String paragraph, int[] bounds, Rules rules) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.length; i++) {
            result.add(bounds[i]);
            Matcher m = LOWER_CASE_START.matcher(paragraph).region(bounds[i], bounds[i + 1]);
            while (m.find()) {
                int at = m.end();
                if (!endsWithAbbreviation(paragraph, bounds[i], at, rules) && !endsWithEtc(paragraph, at)) {
                    result.add(at);
                }
            }
        }
        result.add(bounds[bounds.length - 1]);
        return result.stream().mapToInt(Integer::intValue).toArray();
    }

    // Word-boundary-checked abbreviation test. ICU's own "@ss=standard" suppressions match suffixes, so its
    // French "aux." swallows real breaks after "faux." / "journaux." and English "Joe." after "I met Joe.".
    private static boolean endsWithAbbreviation(String paragraph, int sentenceStart, int boundary, Rules rules) {
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
        return INITIALS.matcher(token).matches() || rules.abbreviations().contains(token)
                || rules.ordinalDates() && ORDINAL.matcher(token).matches()
                || rules.numberAbbreviations().contains(token) && numberFollows(paragraph, boundary);
    }

    // An abbreviation or dotted acronym can end a sentence too: "moved to the U.S. The move…", "Martin Luther King
    // Jr. The meeting…", "option B. Then…". A title or an initial is followed by a name, never by a pronoun,
    // article or conjunction, so before one of those the full stop ends the sentence. Not after "vs." ("Brown
    // vs. The Board"), and a word followed by a full stop ("J. A. Smith") is an initial, not a starter.
    private static boolean startsNewSentence(String paragraph, int boundary, Rules rules) {
        if (rules.sentenceStarters().isEmpty()) {
            return false;
        }
        int start = skipWhitespaceForward(paragraph, boundary, paragraph.length());
        int end = start;
        while (end < paragraph.length() && Character.isLetter(paragraph.codePointAt(end))) {
            end += Character.charCount(paragraph.codePointAt(end));
        }
        if (end == start || end < paragraph.length() && paragraph.charAt(end) == '.') {
            return false;
        }
        int abbreviationEnd = skipWhitespaceBackward(paragraph, 0, boundary);
        if (!rules.startersAfterCapitals()) {
            // French: only after a lower-case abbreviation ("env.", "av. J.-C."), never after a title or an initial
            int tokenStart = abbreviationEnd;
            while (tokenStart > 0 && !TextNormalizer.isWhitespace(paragraph.codePointBefore(tokenStart))) {
                tokenStart -= Character.charCount(paragraph.codePointBefore(tokenStart));
            }
            String token = paragraph.substring(tokenStart, abbreviationEnd);
            if (!token.equals("J.-C.") && (token.isEmpty() || !Character.isLowerCase(token.codePointAt(0))
                    || token.equals("cf."))) {
                return false;
            }
        }
        boolean versus = abbreviationEnd >= 3 && paragraph.startsWith("vs.", abbreviationEnd - 3)
                || abbreviationEnd >= 2 && paragraph.startsWith("v.", abbreviationEnd - 2);
        return !versus && rules.sentenceStarters().contains(paragraph.substring(start, end));
    }

    // "etc." often ends a list inside a sentence: "…, etc. à Paris".
    private static boolean endsWithEtc(String paragraph, int boundary) {
        int end = skipWhitespaceBackward(paragraph, 0, boundary);
        return end >= 4 && paragraph.startsWith("etc.", end - 4); // no copy of the paragraph per candidate
    }

    private static boolean numberFollows(String paragraph, int boundary) {
        int i = skipWhitespaceForward(paragraph, boundary, paragraph.length());
        return i < paragraph.length() && Character.isDigit(paragraph.codePointAt(i));
    }

    /** What the corrections need to know about one language, built once per language key. */
    private record Rules(Set<String> abbreviations, Set<String> numberAbbreviations, boolean ordinalDates,
                         boolean lowerCaseStarts, Set<String> sentenceStarters, boolean startersAfterCapitals,
                         Set<String> sayingVerbs, Set<String> timeFollowers, Set<String> companySuffixes) {
    }

    private static Rules rules(String key) {
        Set<String> abbreviations = new HashSet<>(SegmenterWords.ABBREVIATIONS.getOrDefault(key, Set.of()));
        for (String entry : icuSuppressions(key)) {
            if (!SegmenterWords.ICU_SUPPRESSION_DENY.contains(entry)) {
                abbreviations.add(entry);
            }
        }
        return new Rules(Set.copyOf(abbreviations),
                SegmenterWords.NUMBER_ABBREVIATIONS.getOrDefault(key, Set.of()), ORDINAL_DATE_LANGS.contains(key),
                "fr".equals(key), SegmenterWords.SENTENCE_STARTERS.getOrDefault(key, Set.of()), !"fr".equals(key),
                SegmenterWords.SAYING_VERBS.getOrDefault(key, Set.of()),
                SegmenterWords.TIME_FOLLOWERS.getOrDefault(key, Set.of()),
                SegmenterWords.COMPANY_SUFFIXES.getOrDefault(key, Set.of()));
    }

    // The list behind ICU's "ss=standard" (FilteredBreakIteratorBuilder); ICU has no public getter for it.
    // Only for languages whose list has been reviewed against ICU_SUPPRESSION_DENY: the German list, for one,
    // holds "Test." and "Art.", which end many sentences.
    private static List<String> icuSuppressions(String key) {
        if (!SegmenterWords.ICU_SUPPRESSION_LANGS.contains(key)) {
            return List.of();
        }
        try {
            UResourceBundle bundle = UResourceBundle.getBundleInstance(ICUData.ICU_BRKITR_BASE_NAME,
                    ULocale.forLanguageTag(key));
            if (!key.equals(bundle.getULocale().getLanguage())) {
                return List.of(); // ICU fell back to another locale (the JVM default): not this language's list
            }
            UResourceBundle list = bundle.get("exceptions").get("SentenceBreak");
            List<String> result = new ArrayList<>(list.getSize());
            for (int i = 0; i < list.getSize(); i++) {
                result.add(list.getString(i));
            }
            return result;
        } catch (MissingResourceException e) {
            return List.of(); // locales without a list (most): our own entries only
        }
    }

    // French typography puts a space before "»", so ICU ends the sentence after "faux. " and starts the next
    // one with "» Le ministre". Closing marks followed by whitespace belong to the sentence they close, and so
    // do reference marks ("worldwide.[3] Cases", "research. [1 - 3] Others"), which ICU splits after "[" or
    // puts at the start of the next sentence.
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
            Matcher reference = REFERENCE_MARKS.matcher(paragraph).region(paragraph.charAt(b - 1) == '[' ? b - 1 : j,
                    paragraph.length());
            if (k == j && reference.lookingAt()) {
                k = reference.end();
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
}
