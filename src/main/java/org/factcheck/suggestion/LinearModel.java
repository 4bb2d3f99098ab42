package org.factcheck.suggestion;

/**
 * Logistic regression over {@link Features} for one language ("*" = any language, cues only). A language's score
 * blends its own model with the cues-only one ({@code cueWeight} of the log-odds, chosen on dev, see
 * {@link Suggester#probability}); {@code threshold} is the one tuned on dev for that blend.
 */
record LinearModel(String language, int buckets, float[] weights, float threshold, float cueWeight) {

    static final String ANY = "*";

    /** The model's own probability of "worth checking". */
    double probability(Features x) {
        double z = 0;
        for (int i = 0; i < x.index.length; i++) {
            z += weights[x.index[i]] * x.value[i];
        }
        return sigmoid(z);
    }

    LinearModel with(float newThreshold, float newCueWeight) {
        return new LinearModel(language, buckets, weights, newThreshold, newCueWeight);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double logit(double p) {
        double q = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
        return Math.log(q / (1 - q));
    }
}
