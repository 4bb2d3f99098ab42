package org.factcheck.suggestion;

import java.util.Arrays;
import java.util.Comparator;
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

    /**
     * Area under the ROC curve: the chance that a random Yes outranks a random No (ties count half). A threshold-free
     * measure of ranking, for choices where F1 only shows where a threshold happens to fall.
     */
    static double auc(ToDoubleFunction<Example> model, List<Example> examples) {
        int n = examples.size();
        double[] score = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            score[i] = model.applyAsDouble(examples.get(i));
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
        double yesRanks = 0;
        int yes = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            while (end < n && score[order[end]] == score[order[start]]) {
                end++;
            }
            double rank = (start + 1 + end) / 2.0; // tied scores share their mean rank
            for (int k = start; k < end; k++) {
                if (examples.get(order[k]).worthChecking()) {
                    yesRanks += rank;
                    yes++;
                }
            }
            start = end;
        }
        long no = n - yes;
        return yes == 0 || no == 0 ? 0.5 : (yesRanks - yes * (yes + 1) / 2.0) / (yes * (double) no);
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
