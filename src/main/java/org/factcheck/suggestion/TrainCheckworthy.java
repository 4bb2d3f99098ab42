package org.factcheck.suggestion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains the shipped check-worthiness model from the CheckThat! 2024 files (docs/suggestions.md):
 * <pre>
 * ./mvnw -q compile
 * java -cp target/classes org.factcheck.suggestion.TrainCheckworthy ../shared/checkworthy \
 *     src/main/resources/suggestion/checkworthy.model.gz
 * </pre>
 * The cues-only model (French, other languages) learns from both languages' files through the
 * language-independent cues. For English and Arabic, the weight of the cues-only model in the blend and the
 * threshold are chosen on dev with models trained on train; then every model is trained again on train + dev.
 * dev-test is only measured, never trained or tuned on.
 */
public final class TrainCheckworthy {

    static final int BUCKETS = 1 << 17;
    static final int EPOCHS = 6;
    static final double L2 = 1e-5;
    private static final float[] CUE_WEIGHTS = {0f, 0.25f, 0.5f, 0.75f};
    /** A larger cue weight must gain this much dev F1 to be chosen: smaller differences are noise on ~1,000 lines. */
    private static final double MIN_GAIN = 0.01;

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

        List<Example> both = new ArrayList<>(allTrain);
        both.addAll(allDev);
        List<LinearModel> models = new ArrayList<>();
        models.add(cuesOnly.train(LinearModel.ANY, both, anyOnTrain.threshold()));
        for (String language : languages) {
            List<Example> train = CheckThatData.read(data, language, "train");
            List<Example> dev = CheckThatData.read(data, language, "dev");
            LinearModel own = ngrams.train(language, train, 0.5f);
            float bestWeight = 0;
            float bestThreshold = 0.5f;
            double bestF1 = -1;
            for (float w : CUE_WEIGHTS) {
                Suggester blend = new Suggester(List.of(anyOnTrain, own.with(0.5f, w)));
                float t = Trainer.bestThreshold(e -> blend.probability(e.text(), e.language()), dev);
                double f1 = Measure.of(e -> blend.probability(e.text(), e.language()), dev, t).f1();
                System.out.printf(Locale.ROOT, "%s cue weight %.2f: dev F1 %.3f at %.2f%n", language, w, f1, t);
                if (f1 > bestF1 + MIN_GAIN) {
                    bestF1 = f1;
                    bestWeight = w;
                    bestThreshold = t;
                }
            }
            List<Example> all = new ArrayList<>(train);
            all.addAll(dev);
            models.add(ngrams.train(language, all, bestThreshold).with(bestThreshold, bestWeight));
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

    private static double cuesProbability(LinearModel any, Example e) {
        return any.probability(Features.of(e.text(), e.language(), 0));
    }
}
