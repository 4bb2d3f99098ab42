package org.factcheck.suggestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Scores sentences with a set of models: the language's own (English, Arabic) or else the cues-only one. Immutable;
 * the service swaps the whole instance when an admin chooses another model.
 */
public final class Suggester {

    static final String RESOURCE = "/suggestion/checkworthy.model.gz";

    /** Headings and datelines: no closing punctuation and few words. The body states their claims in full. */
    private static final int HEADING_WORDS = 12;

    private final List<LinearModel> models;

    Suggester(List<LinearModel> models) {
        this.models = List.copyOf(models);
    }

    /** The model shipped in the application (trained by {@link TrainCheckworthy}). */
    public static Suggester shipped() {
        try (InputStream in = Suggester.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return new Suggester(ModelFile.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Suggester of(byte[] data) {
        return new Suggester(ModelFile.read(data));
    }

    List<LinearModel> models() {
        return models;
    }

    /** Score 0–1 (0.5 = the model's tuned threshold) and the reasons, for a sentence in {@code language}. */
    public Scored score(String sentence, String language) {
        TextCues.Analysis analysis = TextCues.analyse(sentence, language);
        LinearModel model = modelFor(language);
        double score = LinearModel.sigmoid(LinearModel.logit(probability(analysis, model))
                - LinearModel.logit(model.threshold()));
        if (!TextCues.END.matcher(analysis.text()).find() && analysis.wordCount() <= HEADING_WORDS) {
            score *= 0.5;
        }
        return new Scored((float) score, List.copyOf(analysis.reasons()));
    }

    /**
     * The blend of the language's model and the cues-only model, in log-odds: the n-gram models learnt the wording of
     * debates (English) and tweets (Arabic); the cues (numbers, dates, sources...) carry over to news articles.
     */
    double probability(String sentence, String language) {
        return probability(TextCues.analyse(sentence, language), modelFor(language));
    }

    private double probability(TextCues.Analysis analysis, LinearModel model) {
        LinearModel any = any();
        double own = model.probability(Features.of(analysis, model.buckets()));
        if (model == any) {
            return own;
        }
        double cues = any.probability(Features.of(analysis, 0));
        double a = model.cueWeight();
        return LinearModel.sigmoid((1 - a) * LinearModel.logit(own) + a * LinearModel.logit(cues));
    }

    private LinearModel any() {
        return models.stream().filter(m -> m.language().equals(LinearModel.ANY)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The model set has no model for any language"));
    }

    LinearModel modelFor(String language) {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        LinearModel any = null;
        for (LinearModel m : models) {
            if (m.language().equals(LinearModel.ANY)) {
                any = m;
            } else if (lang.equals(m.language()) || lang.startsWith(m.language() + "-")) {
                return m;
            }
        }
        if (any == null) {
            throw new IllegalStateException("The model set has no model for any language");
        }
        return any;
    }

    public record Scored(float score, List<Reason> reasons) {
        public String reasonNames() {
            return String.join(",", reasons.stream().map(Reason::name).toList());
        }
    }
}
