package org.factcheck.text;

import static org.factcheck.text.SegmenterText.skipWhitespaceBackward;
import static org.factcheck.text.SegmenterText.skipWhitespaceForward;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The last pass of {@link Segmenter} over one paragraph's boundaries: marks that ICU leaves on the wrong side of a
 * boundary. A list number ("1.", "2.") is not a sentence of its own, a sentence never ends with an opening bracket,
 * and an opening bidi control belongs to the text it opens. docs/segmentation.md lists the cases.
 */
final class SegmenterMarks {

    // "1." alone: ICU breaks after a number with a full stop before a capital or an Arabic letter.
    private static final Pattern LIST_NUMBER = Pattern.compile("\\p{Nd}{1,3}\\.");
    // "the plan: 1. Cut taxes." A list starts at 1; other numbers after a colon may end a sentence ("won 2: 1.").
    private static final Pattern FIRST_ITEM_AFTER_COLON = Pattern.compile("[:：]\\s+(1|١)\\.$");
    // LRE, RLE, LRO, RLO, LRI, RLI, FSI: they open a run; the matching PDF/PDI closes it.
    private static final String BIDI_OPENERS = "\u202A\u202B\u202D\u202E\u2066\u2067\u2068";
    private static final String AFTER_CLOSER = "»”’\"')]";
    // Full-width and CJK brackets: text in these scripts has no spaces, so a glued bracket is no credit (see below).
    private static final String WIDE_OPENERS = "\uFF08\uFF3B\u300C\u300E\u3008\u300A\u3010";
    private static final int MAX_BRACKET = 300;
    private static final int DROP = -1;

    private SegmenterMarks() {
    }

    /** {@code bounds}: UTF-16 offsets in the paragraph, including 0 and its length; returns the corrected list. */
    static int[] apply(String paragraph, int[] bounds) {
        int[] result = new int[bounds.length];
        int n = 0;
        result[n++] = bounds[0];
        for (int i = 1; i < bounds.length - 1; i++) {
            int b = adjust(paragraph, result[n - 1], bounds[i], bounds[i + 1]);
            if (b > result[n - 1] && b < bounds[i + 1]) {
                result[n++] = b;
            }
        }
        result[n++] = bounds[bounds.length - 1];
        return Arrays.copyOf(result, n);
    }

    private static int adjust(String p, int start, int boundary, int next) {
        int b = beforeBidiOpeners(p, start, boundary);
        int end = skipWhitespaceBackward(p, start, b);
        char last = end > start ? p.charAt(end - 1) : ' ';
        if (last == '(' || last == '[') {
            b = afterOpeningBracket(p, end - 1, next);
            if (b == DROP) {
                return DROP;
            }
            end = skipWhitespaceBackward(p, start, b);
        } else if (WIDE_OPENERS.indexOf(last) >= 0) {
            // "\u3002\uFF08\u7F16\u8BD1\uFF09": the bracket opens the next sentence
            b = end - 1;
            end = skipWhitespaceBackward(p, start, b);
        }
        String sentence = p.substring(skipWhitespaceForward(p, start, end), end);
        if (LIST_NUMBER.matcher(sentence).matches()) {
            return DROP; // "1." joins the item it numbers
        }
        var colon = FIRST_ITEM_AFTER_COLON.matcher(sentence);
        if (colon.find()) {
            return end - sentence.length() + colon.start(1);
        }
        return b;
    }

    // "… ولا تزال الأزمة قائمة. \u2067#الأزمة\u2069": the isolate opened before the hashtag starts the next sentence.
    private static int beforeBidiOpeners(String p, int start, int boundary) {
        int i = skipWhitespaceBackward(p, start, boundary);
        int moved = i;
        while (i > start && (BIDI_OPENERS.indexOf(p.charAt(i - 1)) >= 0
                || TextNormalizer.isWhitespace(p.charAt(i - 1)))) {
            i--;
            if (BIDI_OPENERS.indexOf(p.charAt(i)) >= 0) {
                moved = i;
            }
        }
        return moved < skipWhitespaceBackward(p, start, boundary) ? moved : boundary;
    }

    // ICU counts "(" and "[" as closing punctuation, so "said.(Photo: AP)" and "mid-1860s.[48]) Then" break right
    // after the bracket. A glued bracket after a full stop is a credit, a source or a reference: it stays with the
    // sentence before it when it closes before a space or the end; otherwise the bracket starts the next sentence.
    private static int afterOpeningBracket(String p, int open, int next) {
        char opener = p.charAt(open);
        char closer = opener == '(' ? ')' : ']';
        int depth = 0;
        int limit = Math.min(p.length(), open + MAX_BRACKET);
        for (int i = open; i < limit; i++) {
            char c = p.charAt(i);
            if (c == opener) {
                depth++;
            } else if (c == closer && --depth == 0) {
                int k = i + 1;
                while (k < p.length() && AFTER_CLOSER.indexOf(p.charAt(k)) >= 0) {
                    k++;
                }
                if (k < p.length() && !TextNormalizer.isWhitespace(p.charAt(k))) {
                    return open;
                }
                int rest = skipWhitespaceForward(p, k, p.length());
                if (k >= next || !hasLetterOrDigit(p, rest, next)) {
                    return DROP; // only punctuation ("(AFP) .") or another boundary's text is left: one sentence
                }
                return k;
            }
        }
        return open;
    }

    private static boolean hasLetterOrDigit(String p, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(p.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
