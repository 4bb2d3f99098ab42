package org.factcheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.factcheck.text.Segmenter;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Gold sentence boundaries from UD treebanks (format: /bench/segmentation/gold, see docs/segmentation.md) and
 * boundary scoring. Shared by {@link SegmentationEvaluation} (prints and records the table) and
 * {@link SegmentationRegressionTest} (keeps the figures from sliding back).
 *
 * <p>A document's text is its gold sentences joined with one space, paragraphs (when the treebank marks them
 * with {@code # newpar}) joined with "\n". A boundary is the code point end offset of a sentence after trimming
 * whitespace, the end of the document excluded.
 */
public final class SegmentationGold {

    public static final Path GOLD_DIR = Path.of("bench", "segmentation", "gold");

    /** The languages scored, each with the gold files that make up its set (dev first; train where dev is small). */
    public static final List<LanguageSet> SETS = List.of(
            new LanguageSet("ar", List.of("ar-padt-dev.txt")),
            new LanguageSet("en", List.of("en-gum-dev.txt", "en-gum-train.txt")),
            new LanguageSet("fr", List.of("fr-sequoia-dev.txt", "fr-sequoia-train.txt")));

    /**
     * Held-out test documents (UD test splits, the news documents selected like the dev files), scored for the
     * aggregate only: never print or study their errors, or the test figures stop meaning anything. Not in the
     * repository so far (docs/segmentation.md); a language whose file is missing is skipped.
     */
    public static final Path TEST_DIR = Path.of("bench", "segmentation", "test");
    public static final List<LanguageSet> TEST_SETS = List.of(
            new LanguageSet("ar", TEST_DIR, List.of("ar-padt-test.txt")),
            new LanguageSet("en", TEST_DIR, List.of("en-gum-test.txt")),
            new LanguageSet("fr", TEST_DIR, List.of("fr-sequoia-test.txt")));

    public record LanguageSet(String language, Path dir, List<String> files) {
        public LanguageSet(String language, List<String> files) {
            this(language, GOLD_DIR, files);
        }

        public boolean present() {
            return files.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)));
        }
    }

    /** One rebuilt document: its text and the gold boundaries (code point offsets). */
    public record Document(String id, String text, TreeSet<Integer> gold, TreeSet<Integer> paragraphEnds,
                           TreeSet<Integer> unpunctuated) {
    }

    /**
     * Counts over boundaries; {@code internal*} only counts boundaries that are not paragraph ends;
     * {@code unpunctuated*} counts gold boundaries inside a paragraph after a sentence with no final punctuation
     * (headlines, datelines, colons), which no punctuation-based segmenter can find.
     */
    public record Score(int gold, int predicted, int correct, int internalGold, int internalPredicted,
                        int internalCorrect, int unpunctuatedGold, int unpunctuatedFound) {
        public double precision() {
            return predicted == 0 ? 1.0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 1.0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double internalF1() {
            double p = internalPredicted == 0 ? 1.0 : (double) internalCorrect / internalPredicted;
            double r = internalGold == 0 ? 1.0 : (double) internalCorrect / internalGold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(gold + o.gold, predicted + o.predicted, correct + o.correct,
                    internalGold + o.internalGold, internalPredicted + o.internalPredicted,
                    internalCorrect + o.internalCorrect, unpunctuatedGold + o.unpunctuatedGold,
                    unpunctuatedFound + o.unpunctuatedFound);
        }
    }

    private SegmentationGold() {
    }

    public static List<Document> load(LanguageSet set) {
        return load(set, false);
    }

    /**
     * With {@code flatten}, {@code # newpar} is ignored and each document becomes one paragraph: the harder case
     * of text pasted without line breaks, where headlines and datelines run into the first sentence.
     */
    public static List<Document> load(LanguageSet set, boolean flatten) {
        List<Document> docs = new ArrayList<>();
        for (String file : set.files()) {
            List<String> lines = read(set.dir().resolve(file));
            if (flatten) {
                lines = lines.stream().filter(l -> !l.startsWith("# newpar")).toList();
            }
            docs.addAll(parse(file, lines));
        }
        return docs;
    }

    private static List<String> read(Path path) {
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Document> parse(String name, List<String> lines) {
        List<Document> docs = new ArrayList<>();
        List<List<String>> paragraphs = new ArrayList<>();
        String id = name;
        for (String line : lines) {
            if (line.startsWith("# newdoc")) {
                addDocument(docs, id, paragraphs);
                paragraphs = new ArrayList<>();
                id = name + ":" + line.substring("# newdoc".length()).trim();
            } else if (line.startsWith("# newpar")) {
                paragraphs.add(new ArrayList<>());
            } else if (line.startsWith("#") || line.isBlank()) {
                continue;
            } else {
                if (paragraphs.isEmpty()) {
                    paragraphs.add(new ArrayList<>());
                }
                paragraphs.get(paragraphs.size() - 1).add(line);
            }
        }
        addDocument(docs, id, paragraphs);
        return docs;
    }

    private static void addDocument(List<Document> docs, String id, List<List<String>> paragraphs) {
        StringBuilder text = new StringBuilder();
        TreeSet<Integer> gold = new TreeSet<>();
        TreeSet<Integer> paragraphEnds = new TreeSet<>();
        TreeSet<Integer> unpunctuated = new TreeSet<>();
        for (List<String> paragraph : paragraphs) {
            if (paragraph.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            for (int i = 0; i < paragraph.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                text.append(paragraph.get(i));
                gold.add(trimmedEnd(text, text.length()));
                if (i + 1 < paragraph.size() && !endsWithPunctuation(paragraph.get(i))) {
                    unpunctuated.add(trimmedEnd(text, text.length()));
                }
            }
            paragraphEnds.add(trimmedEnd(text, text.length()));
        }
        if (text.length() == 0) {
            return;
        }
        String s = text.toString();
        int end = s.codePointCount(0, s.length());
        gold.remove(end);
        paragraphEnds.remove(end);
        docs.add(new Document(id, s, gold, paragraphEnds, unpunctuated));
    }

    private static boolean endsWithPunctuation(String sentence) {
        String s = sentence.strip();
        int i = s.length();
        while (i > 0 && "\"'”’»)]".indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && ".!?…؟۔".indexOf(s.charAt(i - 1)) >= 0;
    }

    /** Code point offset of {@code utf16End} after stepping back over whitespace. */
    private static int trimmedEnd(CharSequence text, int utf16End) {
        int i = utf16End;
        while (i > 0 && isSpace(Character.codePointBefore(text, i))) {
            i -= Character.charCount(Character.codePointBefore(text, i));
        }
        return Character.codePointCount(text, 0, i);
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** Raw ICU4J: the locale's sentence instance over the whole document, as a baseline. */
    public static TreeSet<Integer> icuBoundaries(String text, String language) {
        BreakIterator breaker = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(language));
        breaker.setText(text);
        TreeSet<Integer> result = new TreeSet<>();
        int start = breaker.first();
        for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
            if (!text.substring(start, end).isBlank()) {
                result.add(trimmedEnd(text, end));
            }
        }
        result.remove(text.codePointCount(0, text.length()));
        return result;
    }

    /** Our {@link Segmenter}. */
    public static TreeSet<Integer> ourBoundaries(String text, String language) {
        TreeSet<Integer> result = new TreeSet<>();
        Segmenter.segment(text, language).sentences().forEach(s -> result.add(s.end()));
        result.remove(text.codePointCount(0, text.length()));
        return result;
    }

    public static Score score(Document doc, TreeSet<Integer> predicted) {
        int correct = 0;
        int internalPredicted = 0;
        int internalCorrect = 0;
        for (int b : predicted) {
            boolean internal = !doc.paragraphEnds().contains(b);
            if (internal) {
                internalPredicted++;
            }
            if (doc.gold().contains(b)) {
                correct++;
                if (internal) {
                    internalCorrect++;
                }
            }
        }
        int internalGold = doc.gold().size() - doc.paragraphEnds().size();
        int unpunctuatedFound = (int) doc.unpunctuated().stream().filter(predicted::contains).count();
        return new Score(doc.gold().size(), predicted.size(), correct, internalGold, internalPredicted,
                internalCorrect, doc.unpunctuated().size(), unpunctuatedFound);
    }

    public static Score score(List<Document> docs, String language,
                              BiFunction<String, String, TreeSet<Integer>> segmenter) {
        Score total = new Score(0, 0, 0, 0, 0, 0, 0, 0);
        for (Document doc : docs) {
            total = total.plus(score(doc, segmenter.apply(doc.text(), language)));
        }
        return total;
    }

    /** Lists false splits and misses with some context, for reading the errors by eye. */
    public static List<String> errors(Document doc, TreeSet<Integer> predicted) {
        List<String> out = new ArrayList<>();
        for (int b : predicted) {
            if (!doc.gold().contains(b)) {
                out.add("false split: " + context(doc.text(), b));
            }
        }
        for (int b : doc.gold()) {
            if (!predicted.contains(b)) {
                out.add("missed:      " + context(doc.text(), b));
            }
        }
        return out;
    }

    private static String context(String text, int cp) {
        int at = text.offsetByCodePoints(0, cp);
        int from = Math.max(0, at - 60);
        int to = Math.min(text.length(), at + 40);
        Function<String, String> oneLine = s -> s.replace('\n', '¶');
        return oneLine.apply(text.substring(from, at)) + " ‖ " + oneLine.apply(text.substring(at, to));
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
