package org.factcheck.suggestion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/performance.md: scoring a 2,000-sentence article adds at most 10% to its import. Measured as the import's time
 * through the API against the time the same scoring takes alone (after a warm-up, best of three each). A benchmark,
 * not a test (no {@code Test} suffix, so the suite leaves it out: timings on a shared machine are no verdict):
 * {@code ./mvnw -q test -Dtest=SuggestionCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dquarkus.http.test-port=0}
 */
@QuarkusTest
class SuggestionCostBenchmark {

    @Inject
    Fixtures fixtures;

    @Test
    void scoringTwoThousandSentencesIsASmallPartOfTheirImport() {
        String editor = fixtures.user("editor");
        List<String> sentences = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            String s = (i % 3 == 0 ? "The ministry said exports rose by " + i + " percent in " + (1900 + i % 120) + "."
                    : i % 3 == 1 ? "Officials in the northern province described the talks as difficult."
                            + " Sentence " + i + " follows."
                    : "Prices of bread and fuel doubled, according to the statistics office, item " + i + ".");
            sentences.add(s);
            text.append(s).append(i % 5 == 4 ? "\n\n" : " ");
        }
        Suggester suggester = Suggester.shipped();
        long scoring = Long.MAX_VALUE;
        long importing = Long.MAX_VALUE;
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            for (String s : sentences) {
                suggester.score(s, "en");
            }
            long t1 = System.nanoTime();
            Fixtures.importText(editor, "Cost " + round, text.toString());
            long t2 = System.nanoTime();
            if (round > 0) {
                scoring = Math.min(scoring, t1 - t0);
                importing = Math.min(importing, t2 - t1);
            }
        }
        System.out.printf("SUGGESTION-COST 2,000 sentences: scoring %d ms, whole import (with scoring) %d ms (%.1f%%)%n",
                scoring / 1_000_000, importing / 1_000_000, 100.0 * scoring / importing);
        assertTrue(scoring <= importing / 10, "scoring " + scoring / 1_000_000 + " ms of an import of "
                + importing / 1_000_000 + " ms");
    }
}
