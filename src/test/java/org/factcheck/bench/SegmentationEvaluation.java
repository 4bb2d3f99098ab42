package org.factcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.factcheck.bench.SegmentationGold.Document;
import org.factcheck.bench.SegmentationGold.LanguageSet;
import org.factcheck.bench.SegmentationGold.Score;
import org.junit.jupiter.api.Test;

/**
 * Not part of the test suite (no "Test" suffix): scores raw ICU4J and our Segmenter against the UD gold files in
 * bench/segmentation/gold (and, for the aggregate only, the held-out files in bench/segmentation/test when they are
 * there) and writes bench/segmentation/results.md. Run with
 * {@code ./mvnw -q test -Dtest=SegmentationEvaluation -Dsurefire.failIfNoSpecifiedTests=false}; add
 * {@code -Dsegmentation.errors=true} to print every false split and miss with its context.
 * Copy the figures into docs/segmentation.md and SegmentationRegressionTest when they change.
 */
class SegmentationEvaluation {

    @Test
    void evaluate() throws IOException {
        run(Boolean.getBoolean("segmentation.errors"));
    }

    public static void main(String[] args) throws IOException {
        run(args.length > 0);
    }

    static void run(boolean printErrors) throws IOException {
        String byParagraph = table(SegmentationGold.SETS, false, printErrors);
        String flat = table(SegmentationGold.SETS, true, false);
        String test = testTable();
        System.out.println(byParagraph);
        System.out.println(flat);
        System.out.println(test);
        Path results = Path.of("bench", "segmentation", "results.md");
        Files.writeString(results, "# Sentence segmentation: boundary scores on UD gold data\n\n"
                + "Written by `SegmentationEvaluation` (see docs/segmentation.md). A boundary is the end of a "
                + "sentence (code points, whitespace trimmed), the end of each document excluded. \"Within "
                + "paragraphs\" leaves out boundaries at paragraph breaks, which every segmenter gets right.\n\n"
                + byParagraph + "\nHarder variant, not in the recorded figures: every document as one paragraph (`# newpar` "
                + "ignored), as if pasted without line breaks. Headlines and datelines then have no boundary a "
                + "punctuation-based segmenter could find (last column).\n\n" + flat + "\n" + test,
                StandardCharsets.UTF_8);
    }

    // Held-out test documents: the aggregate per language and the mean, never the individual errors.
    private static String testTable() {
        List<LanguageSet> present = SegmentationGold.TEST_SETS.stream().filter(LanguageSet::present).toList();
        String heading = "## Held-out test documents\n\n";
        if (present.isEmpty()) {
            return heading + "No test files in `bench/segmentation/test/`: the test split is not in the repository "
                    + "(see docs/segmentation.md for the figures measured elsewhere).\n";
        }
        double ours = 0;
        double icu = 0;
        for (LanguageSet set : present) {
            List<Document> docs = SegmentationGold.load(set, false);
            ours += SegmentationGold.score(docs, set.language(), SegmentationGold::ourBoundaries).f1();
            icu += SegmentationGold.score(docs, set.language(), SegmentationGold::icuBoundaries).f1();
        }
        List<String> missing = SegmentationGold.TEST_SETS.stream().filter(s -> !s.present())
                .map(LanguageSet::language).toList();
        String languages = String.join(", ", present.stream().map(LanguageSet::language).toList());
        return heading + "Scored for the aggregate only: their errors are never printed or studied.\n\n"
                + table(present, false, false) + String.format(Locale.ROOT, "%nMean F1 over %d language(s) (%s): "
                + "Segmenter %s, raw ICU4J %s%s%n", present.size(), languages,
                SegmentationGold.percent(ours / present.size()), SegmentationGold.percent(icu / present.size()),
                missing.isEmpty() ? "" : "; no test file (not measured): " + String.join(", ", missing));
    }

    private static String table(List<LanguageSet> sets, boolean flatten, boolean printErrors) {
        StringBuilder table = new StringBuilder();
        table.append("| language | gold file(s) | docs | sentences | gold boundaries (within paragraphs) "
                + "| segmenter | precision | recall | F1 | F1 within paragraphs | unpunctuated ends found |\n");
        table.append("| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (LanguageSet set : sets) {
            List<Document> docs = SegmentationGold.load(set, flatten);
            Score icu = SegmentationGold.score(docs, set.language(), SegmentationGold::icuBoundaries);
            Score ours = SegmentationGold.score(docs, set.language(), SegmentationGold::ourBoundaries);
            int sentences = docs.stream().mapToInt(d -> d.gold().size() + 1).sum();
            for (var row : List.of(new Object[] {"raw ICU4J", icu}, new Object[] {"Segmenter", ours})) {
                Score s = (Score) row[1];
                table.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d (%d) | %s | %s | %s | %s | %s | %d / %d |%n",
                        set.language(), String.join(", ", set.files()), docs.size(), sentences, s.gold(),
                        s.internalGold(), row[0], SegmentationGold.percent(s.precision()),
                        SegmentationGold.percent(s.recall()), SegmentationGold.percent(s.f1()),
                        SegmentationGold.percent(s.internalF1()), s.unpunctuatedFound(), s.unpunctuatedGold()));
            }
            if (printErrors) {
                System.out.println("== " + set.language() + ": our errors");
                for (Document doc : docs) {
                    TreeSet<Integer> predicted = SegmentationGold.ourBoundaries(doc.text(), set.language());
                    SegmentationGold.errors(doc, predicted).forEach(e -> System.out.println(doc.id() + "  " + e));
                }
            }
        }
        return table.toString();
    }
}
