package org.factcheck.suggestion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Trains the shipped check-worthiness model from the CheckThat! 2024 files (docs/suggestions.md):
 * <pre>
 * ./mvnw -q compile
 * java -cp target/classes org.factcheck.suggestion.TrainCheckworthy ../shared/checkworthy \
 *     src/main/resources/suggestion/checkworthy.model.gz
 * </pre>
 * The cues-only model (French, other languages) learns from both languages' files through the
 * language-independent cues. For English and Arabic, the weight of the cues-only model in the blend is chosen by
 * cross-split validation (train to dev and dev to train, mean AUC) and the threshold on dev with models trained on
 * train; then every model is trained again on train + dev. dev-test is only measured, never trained or tuned on.
 */
public final class TrainCheckworthy {

    static final int BUCKETS = 1 << 17;
    static final int EPOCHS = 6;
    static final double L2 = 1e-5;
    private static final float[] CUE_WEIGHTS = {0f, 0.25f, 0.5f, 0.75f};

    private TrainCheckworthy() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TrainCheckworthy <folder with CT24_checkworthy_*.tsv> <output model file>");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        List<String> languages = List.of("en", "ar");
        List<Example> allTrain = new ArrayList<>();
        List<Example> allDev = new ArrayList<>();
        for (String language : languages) {
            allTrain.addAll(CheckThatData.read(data, language, "train"));
            allDev.addAll(CheckThatData.read(data, language, "dev"));
        }
        Trainer cuesOnly = new Trainer(0, L2, EPOCHS);
        Trainer ngrams = new Trainer(BUCKETS, L2, EPOCHS);
        LinearModel anyRaw = cuesOnly.train(LinearModel.ANY, allTrain, 0.5f);
        LinearModel anyOnTrain = anyRaw.with(Trainer.bestThreshold(e -> cuesProbability(anyRaw, e), allDev), 0);
        LinearModel anyOnDev = cuesOnly.train(LinearModel.ANY, allDev, 0.5f);

        List<Example> both = new ArrayList<>(allTrain);
        both.addAll(allDev);
        List<LinearModel> models = new ArrayList<>();
        models.add(cuesOnly.train(LinearModel.ANY, both, anyOnTrain.threshold()));
        for (String language : languages) {
            List<Example> train = CheckThatData.read(data, language, "train");
            List<Example> dev = CheckThatData.read(data, language, "dev");
            LinearModel own = ngrams.train(language, train, 0.5f);
            LinearModel ownOnDev = ngrams.train(language, dev, 0.5f);
            float bestWeight = 0;
            double bestAuc = -1;
            for (float w : CUE_WEIGHTS) {
                double forward = Measure.auc(blend(anyOnTrain, own, w), dev);
                double backward = Measure.auc(blend(anyOnDev, ownOnDev, w), train);
                System.out.printf(Locale.ROOT, "%s cue weight %.2f: AUC train->dev %.3f, dev->train %.3f%n", language,
                        w, forward, backward);
                if ((forward + backward) / 2 > bestAuc + 1e-9) { // ties keep the smaller weight
                    bestAuc = (forward + backward) / 2;
                    bestWeight = w;
                }
            }
            ToDoubleFunction<Example> chosen = blend(anyOnTrain, own, bestWeight);
            float threshold = Trainer.bestThreshold(chosen, dev);
            System.out.printf(Locale.ROOT, "%s chosen cue weight %.2f: dev %s at %.2f%n", language, bestWeight,
                    Measure.of(chosen, dev, threshold), threshold);
            List<Example> all = new ArrayList<>(train);
            all.addAll(dev);
            models.add(ngrams.train(language, all, threshold).with(threshold, bestWeight));
        }
        Suggester stored = new Suggester(ModelFile.asStored(models));
        for (String language : languages) {
            List<Example> test = CheckThatData.read(data, language, "dev-test");
            LinearModel m = stored.modelFor(language);
            System.out.printf(Locale.ROOT, "%s dev-test (cue weight %.2f, threshold %.2f): %s%n", language,
                    m.cueWeight(), m.threshold(), Measure.of(stored, test));
            Suggester cuesAlone = new Suggester(List.of(stored.modelFor("xx")));
            System.out.printf(Locale.ROOT, "%s dev-test, cues-only model (as French): %s%n", language,
                    Measure.of(cuesAlone, test));
        }
        byte[] bytes = ModelFile.write(models);
        Files.write(Path.of(args[1]), bytes);
        System.out.printf(Locale.ROOT, "wrote %s (%d bytes)%n", args[1], bytes.length);
    }

    /** A language's n-gram model blended with a cues-only model at cue weight {@code w}, as {@link Suggester} does. */
    private static ToDoubleFunction<Example> blend(LinearModel any, LinearModel own, float w) {
        Suggester s = new Suggester(List.of(any, own.with(0.5f, w)));
        return e -> s.probability(e.text(), e.language());
    }

    private static double cuesProbability(LinearModel any, Example e) {
        return any.probability(Features.of(e.text(), e.language(), 0));
    }
}
