package org.factcheck.suggestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.factcheck.config.FactcheckConfig;
import org.factcheck.web.Problem;

/**
 * Learning from the desk (docs/suggestions.md): accepted suggestions and claims made by hand are examples worth
 * checking, dismissed suggestions examples not worth it. A fixed fifth of them (by a hash of the text, so the same
 * on every run) is held back to compare the new model with the current one.
 */
@ApplicationScoped
public class DeskTraining {

    /** Fewer examples in a language than this: only the cues-only model learns from them. */
    static final int MIN_LANGUAGE_EXAMPLES = 20;
    static final float DESK_CUE_WEIGHT = 0.5f;

    @Inject
    EntityManager em;

    @Inject
    FactcheckConfig config;

    public record Split(List<Example> train, List<Example> heldBack) {
    }

    /** Every labelled example of the desk, one per sentence text (a later decision wins). */
    public List<Example> examples() {
        Map<String, Example> byText = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> claims = em.createNativeQuery("select s.text, a.language from claim c"
                + " join sentence s on s.id = c.sentence_id join article a on a.id = c.article_id"
                + " where not exists (select 1 from sentence_suggestion g where g.claim_id = c.id) order by c.id")
                .getResultList();
        for (Object[] row : claims) {
            byText.put((String) row[0], new Example((String) row[0], (String) row[1], true));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> decided = em.createNativeQuery("select sentence_text, language, status from"
                + " sentence_suggestion where status <> 'open' order by decided_at, id").getResultList();
        for (Object[] row : decided) {
            byText.put((String) row[0], new Example((String) row[0], (String) row[1],
                    Suggestion.ACCEPTED.equals(row[2])));
        }
        return new ArrayList<>(byText.values());
    }

    static Split split(List<Example> examples) {
        List<Example> train = new ArrayList<>();
        List<Example> heldBack = new ArrayList<>();
        for (Example e : examples) {
            (Integer.remainderUnsigned(fnv(e.text()), 5) == 0 ? heldBack : train).add(e);
        }
        return new Split(train, heldBack);
    }

    /** Deterministic: the same examples (in the same order) give the same model, byte for byte. */
    static List<LinearModel> train(List<Example> deskTrain, List<Example> checkThat) {
        List<Example> all = new ArrayList<>(checkThat);
        all.addAll(deskTrain);
        if (all.stream().noneMatch(Example::worthChecking) || all.stream().allMatch(Example::worthChecking)) {
            throw Problem.unprocessable("Retraining needs examples of both kinds: accepted suggestions or claims, "
                    + "and dismissed suggestions. There are " + all.size() + " examples, all of one kind.", List.of());
        }
        Map<String, List<Example>> byLanguage = new LinkedHashMap<>();
        for (Example e : all) {
            byLanguage.computeIfAbsent(baseLanguage(e.language()), k -> new ArrayList<>()).add(e);
        }
        List<LinearModel> models = new ArrayList<>();
        models.add(new Trainer(0, TrainCheckworthy.L2, TrainCheckworthy.EPOCHS).train(LinearModel.ANY, all, 0.5f));
        for (Map.Entry<String, List<Example>> language : byLanguage.entrySet()) {
            List<Example> examples = language.getValue();
            boolean bothKinds = examples.stream().anyMatch(Example::worthChecking)
                    && examples.stream().anyMatch(e -> !e.worthChecking());
            if (examples.size() >= MIN_LANGUAGE_EXAMPLES && bothKinds) {
                models.add(new Trainer(TrainCheckworthy.BUCKETS, TrainCheckworthy.L2, TrainCheckworthy.EPOCHS)
                        .train(language.getKey(), examples, 0.5f).with(0.5f, DESK_CUE_WEIGHT));
            }
        }
        return models;
    }

    /** The CheckThat! train and dev files, if the server has them (factcheck.suggestions.checkthat-path). */
    List<Example> checkThat() {
        Path folder = config.suggestions().checkthatPath().map(Path::of).filter(Files::isDirectory)
                .orElseThrow(() -> Problem.invalid("withCheckThat", "This server has no CheckThat! data: set factcheck.suggestions.checkthat-path to "
                        + "the folder with the CT24_checkworthy_*.tsv files, or retrain without it."));
        List<Example> out = new ArrayList<>();
        try {
            for (String language : List.of("en", "ar")) {
                out.addAll(CheckThatData.read(folder, language, "train"));
                out.addAll(CheckThatData.read(folder, language, "dev"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String baseLanguage(String tag) {
        String t = tag == null ? "" : tag.toLowerCase(Locale.ROOT);
        int dash = t.indexOf('-');
        return dash < 0 ? t : t.substring(0, dash);
    }

    private static int fnv(String s) {
        int h = 0x811c9dc5;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return h;
    }
}
