package org.factcheck.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The figures the trainer chooses by (docs/suggestions.md): AUC and F1 of the Yes class. */
class MeasureTest {

    private static final List<Example> EXAMPLES = List.of(
            new Example("a", "en", true), new Example("b", "en", true),
            new Example("c", "en", false), new Example("d", "en", false));

    @Test
    void aucIsTheChanceThatAYesOutranksANo() {
        Map<String, Double> ranked = Map.of("a", 0.9, "b", 0.8, "c", 0.3, "d", 0.1);
        Map<String, Double> reversed = Map.of("a", 0.1, "b", 0.2, "c", 0.8, "d", 0.9);
        Map<String, Double> mixed = Map.of("a", 0.9, "b", 0.2, "c", 0.5, "d", 0.1); // 3 of 4 pairs right
        Map<String, Double> tied = Map.of("a", 0.5, "b", 0.5, "c", 0.5, "d", 0.5);
        assertEquals(1.0, Measure.auc(e -> ranked.get(e.text()), EXAMPLES), 1e-12);
        assertEquals(0.0, Measure.auc(e -> reversed.get(e.text()), EXAMPLES), 1e-12);
        assertEquals(0.75, Measure.auc(e -> mixed.get(e.text()), EXAMPLES), 1e-12);
        assertEquals(0.5, Measure.auc(e -> tied.get(e.text()), EXAMPLES), 1e-12, "ties count half");
        assertEquals(0.5, Measure.auc(e -> 1.0, EXAMPLES.subList(0, 2)), 1e-12, "one class only: no ranking");
    }

    @Test
    void f1OfTheYesClassAtAThreshold() {
        Map<String, Double> mixed = Map.of("a", 0.9, "b", 0.2, "c", 0.5, "d", 0.1);
        Measure m = Measure.of(e -> mixed.get(e.text()), EXAMPLES, 0.4);
        assertEquals(new Measure(4, 1, 1, 1), m);
        assertEquals(0.5, m.f1(), 1e-12);
    }
}
