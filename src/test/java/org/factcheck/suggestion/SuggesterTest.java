package org.factcheck.suggestion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.factcheck.text.Segmenter;
import org.factcheck.text.TextNormalizer;
import org.junit.jupiter.api.Test;

/** docs/suggestions.md: the shipped model's scores and reasons on fixed sentences, and training's determinism. */
class SuggesterTest {

    static final Suggester SHIPPED = Suggester.shipped();

    @Test
    void englishReasonsAndScoresSeparateAClaimFromSmallTalk() {
        Suggester.Scored claim = SHIPPED.score("Unemployment fell to 3.5 percent last year, the lowest rate in 50 "
                + "years, according to the Labor Department.", "en");
        Suggester.Scored talk = SHIPPED.score("Thank you all very much for being here tonight.", "en");
        assertEquals(List.of(Reason.NUMBER, Reason.STATISTIC, Reason.SOURCE, Reason.COMPARISON, Reason.DATE_TIME,
                Reason.NAME), claim.reasons());
        assertTrue(claim.score() >= 0.5f, "suggested: " + claim.score());
        assertTrue(talk.score() < 0.5f, "not suggested: " + talk.score());
    }

    @Test
    void arabicReasonsFindClitics() {
        Suggester.Scored claim = SHIPPED.score("وأسفرت الحرب الأخيرة في العام 2020 التي استمرت 44 يوما عن مقتل نحو "
                + "6500 شخص، وانتهت بهدنة تمّ التوصل إليها بوساطة روسية.", "ar");
        assertTrue(claim.reasons().containsAll(List.of(Reason.NUMBER, Reason.DATE_TIME)), claim.reasons().toString());
        assertEquals(EnumSet.of(Reason.SOURCE, Reason.NAME, Reason.QUOTE),
                TextCues.reasons("وقالت وزارة الخارجية في بيان \"نتوقع احترام الاتفاق\".", "ar"));
        Suggester.Scored greeting = SHIPPED.score("صباح الخير للجميع، أتمنى لكم يوماً سعيداً!", "ar");
        assertTrue(claim.score() > greeting.score(), claim.score() + " > " + greeting.score());
    }

    @Test
    void frenchIsScoredThroughTheCuesAndItsLexicon() {
        assertEquals(EnumSet.of(Reason.NUMBER, Reason.STATISTIC, Reason.SOURCE, Reason.COMPARISON,
                Reason.DATE_TIME, Reason.NAME), TextCues.reasons("Le chômage a baissé à 7,3 % en mars 2024, selon "
                + "l'Insee, son plus bas niveau depuis 2008.", "fr"));
        Suggester.Scored claim = SHIPPED.score("Le chômage a baissé à 7,3 % en mars 2024, selon l'Insee.", "fr");
        Suggester.Scored talk = SHIPPED.score("Merci à tous et bonne soirée", "fr");
        assertTrue(claim.score() >= 0.5f && talk.score() < 0.5f, claim.score() + " / " + talk.score());
    }

    @Test
    void otherLanguagesKeepWhatNeedsNoLexicon() {
        // German has no lexicon: digits, the percent sign and quotation marks still count, words do not
        assertEquals(EnumSet.of(Reason.NUMBER, Reason.STATISTIC, Reason.QUOTE),
                TextCues.reasons("Die Preise stiegen um 12 % „deutlich“, sagte er.", "de"));
        assertEquals(Set.of(), Set.copyOf(TextCues.reasons("sagte er gestern", "de")));
    }

    @Test
    void seedArticleFiguresRankInTheTopThirdAndHeadingsAreNotSuggested() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/seed/article-ar-2022-09-13.txt")) {
            text = TextNormalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<String> sentences = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        for (Segmenter.SentenceSpan s : Segmenter.segment(text, "ar").sentences()) {
            sentences.add(new String(cps, s.start(), s.end() - s.start()));
        }
        List<String> ranked = sentences.stream()
                .sorted(Comparator.comparingDouble((String s) -> -SHIPPED.score(s, "ar").score())).toList();
        List<String> topThird = ranked.subList(0, (int) Math.ceil(ranked.size() / 3.0));
        for (String figure : List.of("مقتل 49 جنديا", "الساعة التاسعة بتوقيت موسكو", "30 ألف قتيل", "44 يوما")) {
            assertTrue(topThird.stream().anyMatch(s -> s.contains(figure)), figure + " in the top third of "
                    + ranked.size() + ": " + ranked.indexOf(ranked.stream().filter(s -> s.contains(figure))
                    .findFirst().orElseThrow()));
        }
        String dateline = sentences.stream().filter(s -> s.startsWith("الثلاثاء 2022/09/13")).findFirst().orElseThrow();
        String subhead = sentences.stream().filter(s -> s.startsWith("مواجهات حدودية")).findFirst().orElseThrow();
        assertTrue(SHIPPED.score(dateline, "ar").score() < 0.5f, "dateline " + SHIPPED.score(dateline, "ar"));
        assertTrue(SHIPPED.score(subhead, "ar").score() < 0.5f, "subhead " + SHIPPED.score(subhead, "ar"));
    }

    @Test
    void trainingIsReproducibleAndLearnsFromItsExamples() {
        List<Example> examples = List.of(
                new Example("Prices rose 40 percent in 2020, the ministry said.", "en", true),
                new Example("Crime fell by a third since 2015, police figures show.", "en", true),
                new Example("We love this city and its people.", "en", false),
                new Example("Good evening and welcome.", "en", false));
        byte[] first = ModelFile.write(List.of(new Trainer(1 << 10, 1e-5, 5).train("en", examples, 0.5f),
                new Trainer(0, 1e-5, 5).train(LinearModel.ANY, examples, 0.5f)));
        byte[] again = ModelFile.write(List.of(new Trainer(1 << 10, 1e-5, 5).train("en", examples, 0.5f),
                new Trainer(0, 1e-5, 5).train(LinearModel.ANY, examples, 0.5f)));
        assertArrayEquals(first, again, "same examples, same weights");
        List<Example> flipped = examples.stream().map(e -> new Example(e.text(), e.language(), !e.worthChecking()))
                .toList();
        byte[] other = ModelFile.write(List.of(new Trainer(1 << 10, 1e-5, 5).train("en", flipped, 0.5f),
                new Trainer(0, 1e-5, 5).train(LinearModel.ANY, flipped, 0.5f)));
        assertFalse(java.util.Arrays.equals(first, other));
        Suggester learnt = Suggester.of(first);
        assertTrue(learnt.score("Taxes rose 12 percent in 2019, the minister said.", "en").score()
                > learnt.score("Welcome and good evening to you all.", "en").score());
    }
}
