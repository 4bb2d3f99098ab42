package org.factcheck.text;

import java.util.LinkedList;
import java.util.List;
import java.util.Optional;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Operation;

/**
 * Finds where a quoted span of an old text is in a new text (STANDARDS.md, re-anchoring, what Hypothesis does),
 * with diff-match-patch: the old position is mapped through the diff of the two texts; the quote is searched
 * exactly, the occurrence whose prefix/suffix context matches best (then the one nearest the mapped position)
 * winning; else the text at the mapped position is taken if it differs from the quote by a few characters (an
 * edited quote); else a short quote is fuzzy-matched (bitap) near its mapped position and checked the same way.
 * Nothing else: a poor match is never taken, the caller orphans what is not found.
 *
 * <p>Offsets in and out are code points; diff-match-patch works on UTF-16, so every index is converted and never
 * left between the two halves of a surrogate pair.
 */
public final class Reanchor {

    /** diff-match-patch's bitap matcher works on patterns of at most this many UTF-16 units. */
    private static final int MATCH_MAX_BITS = 32;
    /** Occurrences of a repeated quote compared by context; more than this and the nearest ones win anyway. */
    private static final int MAX_OCCURRENCES = 1000;

    /** What is known about a span of the old text: its quote and context, and its code-point position. */
    public record Anchor(int start, int end, String quote, String prefix, String suffix) {
    }

    /** Where the span is in the new text (code points) and what it quotes there (edited quotes differ). */
    public record Placement(int start, int end, String quote) {
        public boolean edited(String oldQuote) {
            return !quote.equals(oldQuote);
        }
    }

    /** The old text with its code-point index: anchors are mapped without walking the text each time. */
    private final IndexedText oldText;
    private final IndexedText newIndexed;
    private final String newText;
    private final LinkedList<Diff> diffs;
    private final DiffMatchPatch dmp = new DiffMatchPatch();

    public Reanchor(String oldText, String newText) {
        this(new IndexedText(oldText), new IndexedText(newText));
    }

    public Reanchor(IndexedText oldText, IndexedText newText) {
        this.oldText = oldText;
        this.newIndexed = newText;
        this.newText = newText.text();
        dmp.diffTimeout = 5f; // big articles with many changes: a non-minimal diff after 5 s rather than hang
        dmp.matchThreshold = 0.3f; // step 3's approximate search: strict, and only near the mapped position
        dmp.matchDistance = 1000;
        this.diffs = dmp.diffMain(oldText.text(), this.newText, false);
    }

    public Optional<Placement> place(Anchor anchor) {
        if (anchor.quote() == null || anchor.quote().isEmpty()) {
            return Optional.empty();
        }
        String quote = anchor.quote();
        int oldStart16 = oldText.utf16Index(anchor.start());
        int oldEnd16 = oldText.utf16Index(anchor.end());
        int mappedStart = snapDown(dmp.diffXIndex(diffs, oldStart16));
        // the end is mapped from the last character, so text inserted right after the quote is not taken in
        int mappedEnd = oldEnd16 > oldStart16 ? snapUp(dmp.diffXIndex(diffs, oldEnd16 - 1) + 1) : mappedStart;
        mappedEnd = Math.min(Math.max(mappedEnd, mappedStart), newText.length());

        // 1. the quote, exactly: the occurrence whose prefix/suffix context matches best wins, then the one nearest
        // to the old position mapped through the diff (usually the mapped position itself). Context first, because
        // with repeated quotes the diff alone can map onto the wrong twin.
        int best = -1;
        long bestScore = Long.MIN_VALUE;
        int found = 0;
        for (int at = newText.indexOf(quote); at >= 0 && found < MAX_OCCURRENCES;
                at = newText.indexOf(quote, at + 1)) {
            found++;
            long context = contextScore(newText, at, quote.length(), anchor.prefix(), anchor.suffix());
            long score = context * 10_000_000L - Math.abs(at - mappedStart);
            if (score > bestScore) {
                bestScore = score;
                best = at;
            }
        }
        if (best >= 0) {
            return Optional.of(placement(best, best + quote.length()));
        }
        // 2. the quote was edited a little where it was
        if (mappedEnd > mappedStart) {
            String there = newText.substring(mappedStart, mappedEnd);
            int lead = TextNormalizer.leadingWhitespace(there);
            int trail = lead == there.length() ? 0 : TextNormalizer.trailingWhitespace(there);
            if (lead + trail < there.length() && closeEnough(quote, there.substring(lead, there.length() - trail))) {
                return Optional.of(placement(mappedStart + lead, mappedEnd - trail));
            }
        }
        // 3. a short edited quote that moved: approximate match near where it was expected
        if (quote.length() <= MATCH_MAX_BITS) {
            int at = dmp.matchMain(newText, quote, Math.min(mappedStart, newText.length()));
            if (at >= 0) {
                int end = Math.min(newText.length(), at + quote.length());
                String there = newText.substring(snapDown(at), snapUp(end));
                if (closeEnough(quote, there)) {
                    return Optional.of(placement(snapDown(at), snapUp(end)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Small edits only: at most a quarter of the quote's characters (at least one) differ, measured as the
     * Levenshtein distance of diff-match-patch's diff.
     */
    boolean closeEnough(String quote, String candidate) {
        int allowed = Math.max(1, Math.round(CodePoints.length(quote) * 0.25f));
        // the distance is counted in UTF-16 units, and at least their length difference: no diff needed then
        if (candidate.isEmpty() || Math.abs(candidate.length() - quote.length()) > allowed) {
            return false;
        }
        return dmp.diffLevenshtein(dmp.diffMain(quote, candidate, false)) <= allowed;
    }

    /** Both ends are snapped to whole code points, so the index has an offset for each. */
    private Placement placement(int start16, int end16) {
        return new Placement(newIndexed.codePointOffset(start16), newIndexed.codePointOffset(end16),
                newText.substring(start16, end16));
    }

    /**
     * How well a quote found at UTF-16 index {@code at} of {@code text} sits in its context: the characters before
     * it that equal the end of {@code prefix}, plus those after it that equal the start of {@code suffix} (either
     * may be null). Re-anchoring and the W3C import both choose among repeated quotes by it.
     */
    public static int contextScore(String text, int at, int quoteLength, String prefix, String suffix) {
        int score = 0;
        while (prefix != null && score < prefix.length() && at - score - 1 >= 0
                && text.charAt(at - score - 1) == prefix.charAt(prefix.length() - score - 1)) {
            score++;
        }
        int after = at + quoteLength;
        int n = 0;
        while (suffix != null && n < suffix.length() && after + n < text.length()
                && text.charAt(after + n) == suffix.charAt(n)) {
            n++;
        }
        return score + n;
    }

    /** Never between the halves of a surrogate pair: a start moves back onto the pair. */
    private int snapDown(int i) {
        i = Math.max(0, Math.min(i, newText.length()));
        if (i > 0 && i < newText.length() && Character.isLowSurrogate(newText.charAt(i))
                && Character.isHighSurrogate(newText.charAt(i - 1))) {
            return i - 1;
        }
        return i;
    }

    /** An end moves forward past the pair. */
    private int snapUp(int i) {
        i = Math.max(0, Math.min(i, newText.length()));
        if (i > 0 && i < newText.length() && Character.isLowSurrogate(newText.charAt(i))
                && Character.isHighSurrogate(newText.charAt(i - 1))) {
            return i + 1;
        }
        return i;
    }

    /** The diff of two texts for people to read: semantic clean-up, no chunk ending inside a surrogate pair. */
    public static List<Diff> readableDiff(String from, String to) {
        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.diffTimeout = 5f;
        LinkedList<Diff> diffs = dmp.diffMain(from, to, false);
        dmp.diffCleanupSemantic(diffs);
        List<Diff> list = new java.util.ArrayList<>(diffs);
        for (int i = 0; i < list.size(); i++) {
            Diff d = list.get(i);
            // an unchanged chunk ending in a high surrogate: the pair's first half belongs to the changes after it
            if (d.operation == Operation.EQUAL && !d.text.isEmpty()
                    && Character.isHighSurrogate(d.text.charAt(d.text.length() - 1)) && i + 1 < list.size()) {
                char high = d.text.charAt(d.text.length() - 1);
                d.text = d.text.substring(0, d.text.length() - 1);
                for (int j = i + 1; j < list.size() && list.get(j).operation != Operation.EQUAL; j++) {
                    list.get(j).text = high + list.get(j).text;
                }
            }
            // an unchanged chunk starting with a low surrogate: its second half belongs to the changes before it
            if (d.operation == Operation.EQUAL && !d.text.isEmpty() && Character.isLowSurrogate(d.text.charAt(0))
                    && i > 0) {
                char low = d.text.charAt(0);
                d.text = d.text.substring(1);
                for (int j = i - 1; j >= 0 && list.get(j).operation != Operation.EQUAL; j--) {
                    list.get(j).text = list.get(j).text + low;
                }
            }
        }
        list.removeIf(d -> d.text.isEmpty());
        return list;
    }
}
