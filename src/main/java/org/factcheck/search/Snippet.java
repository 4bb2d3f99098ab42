package org.factcheck.search;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.text.SearchFold;

/**
 * A short passage of a search hit in its ORIGINAL spelling, with the matched words marked.
 *
 * <p>PostgreSQL chooses the passage and the matched words ({@code ts_headline}) on the folded text, where
 * diacritics are gone and letter variants unified; the passage is found again in the folded text and mapped back
 * to the original through {@link SearchFold.Folded}. The parts are plain text: the page escapes them (Qute) and
 * {@link #html()} escapes them for the API, so no markup from a document ever reaches a browser.
 */
public record Snippet(List<Part> parts) {

    public record Part(String text, boolean marked) {
    }

    /** Start and end of a match in the headline PostgreSQL answers (private-use characters, never in our texts). */
    static final char START = '\uE000';
    static final char STOP = '\uE001';
    /** Words of context shown before the passage, within its paragraph. */
    static final int CONTEXT_WORDS = 6;
    /** Shown when no passage could be found (empty document); about two lines. */
    static final int FALLBACK_CHARS = 240;

    /**
     * @param original the document as stored
     * @param headline {@code ts_headline} of {@code search_fold(original)} with {@link #START}/{@link #STOP}
     */
    public static Snippet of(String original, String headline) {
        if (original == null || original.isEmpty()) {
            return new Snippet(List.of());
        }
        SearchFold.Folded folded = SearchFold.map(original);
        StringBuilder plain = new StringBuilder();
        List<int[]> marks = new ArrayList<>();
        int open = -1;
        for (int i = 0; headline != null && i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == START) {
                open = plain.length();
            } else if (c == STOP) {
                if (open >= 0 && plain.length() > open) {
                    marks.add(new int[] {open, plain.length()});
                }
                open = -1;
            } else {
                plain.append(c);
            }
        }
        String passage = plain.toString().strip();
        int offset = plain.indexOf(passage);
        int at = passage.isEmpty() ? -1 : folded.text().indexOf(passage);
        if (at < 0) {
            // cannot happen while search_fold and SearchFold agree; show the start of the text, unmarked
            int end = original.offsetByCodePoints(0, Math.min(FALLBACK_CHARS,
                    original.codePointCount(0, original.length())));
            return build(original, 0, end, List.of());
        }
        // PostgreSQL's passage starts at the first match: a few words before it give the reader the context
        int from = backBy(original, folded.originalStart(at), CONTEXT_WORDS);
        int to = forwardToSpace(original, folded.originalEnd(at + passage.length()));
        List<int[]> originalMarks = new ArrayList<>();
        for (int[] mark : marks) {
            int s = mark[0] - offset;
            int e = mark[1] - offset;
            if (s >= 0 && e <= passage.length() && e > s) {
                originalMarks.add(new int[] {folded.originalStart(at + s), folded.originalEnd(at + e)});
            }
        }
        return build(original, from, to, originalMarks);
    }

    private static Snippet build(String original, int from, int to, List<int[]> marks) {
        List<Part> parts = new ArrayList<>();
        if (from > 0) {
            parts.add(new Part("… ", false));
        }
        int at = from;
        for (int[] mark : marks) {
            if (mark[0] < at) {
                continue;
            }
            if (mark[0] > at) {
                parts.add(new Part(flat(original.substring(at, mark[0])), false));
            }
            parts.add(new Part(flat(original.substring(mark[0], mark[1])), true));
            at = mark[1];
        }
        if (at < to) {
            parts.add(new Part(flat(original.substring(at, to)), false));
        }
        if (to < original.length()) {
            parts.add(new Part(" …", false));
        }
        return new Snippet(List.copyOf(parts));
    }

    /** The start of the {@code words}-th word before {@code at}, not crossing a line break. */
    static int backBy(String text, int at, int words) {
        int i = at;
        for (int n = 0; n < words; n++) {
            int j = i;
            while (j > 0 && Character.isWhitespace(text.charAt(j - 1)) && text.charAt(j - 1) != '\n') {
                j--;
            }
            if (j == 0 || text.charAt(j - 1) == '\n') {
                return j == 0 ? 0 : i;
            }
            while (j > 0 && !Character.isWhitespace(text.charAt(j - 1))) {
                j--;
            }
            i = j;
        }
        return i;
    }

    /** The passage ends with its last word's punctuation ("after." rather than "after"). */
    static int forwardToSpace(String text, int at) {
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    // a snippet is one line: paragraph breaks become spaces
    private static String flat(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    /** The snippet as HTML: every part escaped, the matches in {@code <mark>}. */
    public String html() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part.marked()) {
                out.append("<mark>").append(escape(part.text())).append("</mark>");
            } else {
                out.append(escape(part.text()));
            }
        }
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
