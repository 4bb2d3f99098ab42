package org.factcheck.suggestion;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Precision, recall and F1 of the Yes class (the CheckThat! metric) of a model at a threshold. */
public record Measure(int examples, int truePositives, int falsePositives, int falseNegatives) {

    static Measure of(ToDoubleFunction<Example> model, List<Example> examples, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Example e : examples) {
            boolean yes = model.applyAsDouble(e) >= threshold;
            if (yes && e.worthChecking()) {
                tp++;
            } else if (yes) {
                fp++;
            } else if (e.worthChecking()) {
                fn++;
            }
        }
        return new Measure(examples.size(), tp, fp, fn);
    }

    /** A set of models at their own thresholds, each example scored in its language. */
    static Measure of(Suggester suggester, List<Example> examples) {
        return of(e -> suggester.score(e.text(), e.language()).score(), examples, 0.5);
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "F1 %.3f (P %.3f R %.3f, n=%d)", f1(), precision(), recall(),
                examples);
    }
}
