package org.factcheck.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.factcheck.bench.SegmentationGold.Document;
import org.factcheck.bench.SegmentationGold.LanguageSet;
import org.factcheck.bench.SegmentationGold.Score;
import org.junit.jupiter.api.Test;

/**
 * Part of the normal suite (plain JUnit, well under a second): our Segmenter must stay at least as good as raw
 * ICU4J on the UD gold data, and must not fall more than {@link #MARGIN} below the F1 recorded in
 * docs/segmentation.md (produced by {@link SegmentationEvaluation}). Raise the figures when the segmenter
 * improves; a drop means a change broke something the gold data covers.
 */
class SegmentationRegressionTest {

    /** F1 per language as recorded in docs/segmentation.md and bench/segmentation/results.md. */
    static final Map<String, Double> RECORDED_F1 = Map.of("ar", 0.995, "en", 0.965, "fr", 0.948);
    static final double MARGIN = 0.005;

    @Test
    void segmenterIsNoWorseThanRawIcuNorThanTheRecordedFigures() {
        for (LanguageSet set : SegmentationGold.SETS) {
            List<Document> docs = SegmentationGold.load(set);
            assertFalse(docs.isEmpty(), "no gold documents for " + set.language());
            Score icu = SegmentationGold.score(docs, set.language(), SegmentationGold::icuBoundaries);
            Score ours = SegmentationGold.score(docs, set.language(), SegmentationGold::ourBoundaries);
            String figures = set.language() + ": ours F1 " + SegmentationGold.percent(ours.f1()) + " (P "
                    + SegmentationGold.percent(ours.precision()) + ", R " + SegmentationGold.percent(ours.recall())
                    + "), raw ICU F1 " + SegmentationGold.percent(icu.f1());
            assertTrue(ours.f1() >= icu.f1(), "worse than raw ICU4J: " + figures);
            assertTrue(ours.f1() >= RECORDED_F1.get(set.language()) - MARGIN,
                    "below the recorded F1 " + RECORDED_F1.get(set.language()) + ": " + figures);
        }
    }

    @Test
    void segmenterIsNoWorseThanRawIcuOnTextWithoutLineBreaks() {
        for (LanguageSet set : SegmentationGold.SETS) {
            List<Document> docs = SegmentationGold.load(set, true);
            Score icu = SegmentationGold.score(docs, set.language(), SegmentationGold::icuBoundaries);
            Score ours = SegmentationGold.score(docs, set.language(), SegmentationGold::ourBoundaries);
            assertTrue(ours.f1() >= icu.f1(), set.language() + ": ours " + SegmentationGold.percent(ours.f1())
                    + " < raw ICU " + SegmentationGold.percent(icu.f1()) + " with every document as one paragraph");
        }
    }
}
