package org.factcheck.suggestion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Deterministic logistic regression: AdaGrad over the examples in an order shuffled by a fixed seed, one thread,
 * classes weighted to balance (as sklearn's class_weight="balanced"). Same examples and settings, same weights.
 */
final class Trainer {

    static final long SEED = 14;

    final int buckets;
    final double l2;
    final int epochs;

    Trainer(int buckets, double l2, int epochs) {
        this.buckets = buckets;
        this.l2 = l2;
        this.epochs = epochs;
    }

    /** Trains on {@code examples} (scored as {@code language}: "*" for cues only) with {@code threshold} kept. */
    LinearModel train(String language, List<Example> examples, float threshold) {
        List<Features> xs = new ArrayList<>(examples.size());
        int positives = 0;
        for (Example e : examples) {
            xs.add(Features.of(e.text(), e.language(), buckets));
            positives += e.worthChecking() ? 1 : 0;
        }
        int n = examples.size();
        double positiveWeight = positives == 0 ? 1 : n / (2.0 * positives);
        double negativeWeight = positives == n ? 1 : n / (2.0 * (n - positives));
        int dims = buckets + TextCues.ABSTRACT_FEATURES;
        double[] w = new double[dims];
        double[] g2 = new double[dims];
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Random random = new Random(SEED);
        double rate = 0.2;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int k : order) {
                Features x = xs.get(k);
                boolean y = examples.get(k).worthChecking();
                double z = 0;
                for (int i = 0; i < x.index.length; i++) {
                    z += w[x.index[i]] * x.value[i];
                }
                double p = LinearModel.sigmoid(z);
                double err = (p - (y ? 1 : 0)) * (y ? positiveWeight : negativeWeight);
                for (int i = 0; i < x.index.length; i++) {
                    int j = x.index[i];
                    double g = err * x.value[i] + l2 * w[j];
                    g2[j] += g * g;
                    w[j] -= rate * g / (Math.sqrt(g2[j]) + 1e-8);
                }
            }
        }
        float[] weights = new float[dims];
        for (int i = 0; i < dims; i++) {
            weights[i] = (float) w[i];
        }
        return new LinearModel(language, buckets, weights, threshold, 0);
    }

    /**
     * The threshold with the best F1 of the Yes class on {@code dev} (0.05 steps; the lower one on ties), among those
     * that still leave at least a tenth of dev unsuggested: answering Yes to nearly everything is no suggestion.
     */
    static float bestThreshold(ToDoubleFunction<Example> model, List<Example> dev) {
        float best = 0.5f;
        double bestF1 = -1;
        for (int step = 1; step < 20; step++) {
            float t = step * 0.05f;
            Measure m = Measure.of(model, dev, t);
            if (m.truePositives() + m.falsePositives() > 0.9 * m.examples()) {
                continue;
            }
            double f1 = m.f1();
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                best = t;
            }
        }
        return best;
    }
}
