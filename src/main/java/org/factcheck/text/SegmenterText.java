package org.factcheck.text;

/** Small text scans shared by {@link Segmenter}'s corrections (UTF-16 indices, TextNormalizer whitespace). */
final class SegmenterText {

    private SegmenterText() {
    }

    static int skipWhitespaceForward(String s, int from, int to) {
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

    static int skipWhitespaceBackward(String s, int from, int to) {
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

    // The letters of the word after the boundary (and its whitespace); "" if no letter follows.
    static String wordAt(String paragraph, int boundary) {
        int start = skipWhitespaceForward(paragraph, boundary, paragraph.length());
        int end = start;
        while (end < paragraph.length() && Character.isLetter(paragraph.codePointAt(end))) {
            end += Character.charCount(paragraph.codePointAt(end));
        }
        return paragraph.substring(start, end);
    }
}
