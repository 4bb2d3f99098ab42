package org.factcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.factcheck.text.Segmenter.Segmentation;
import org.factcheck.text.Segmenter.SentenceSpan;
import org.factcheck.text.Segmenter.Span;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    static String loadSeed() throws IOException {
        try (InputStream in = SegmenterTest.class.getResourceAsStream("/seed/article-ar-2022-09-13.txt")) {
            if (in == null) {
                throw new IOException("seed article missing from test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> sentenceTexts(String text, Segmentation seg) {
        return seg.sentences().stream().map(s -> CodePoints.substring(text, s.start(), s.end())).toList();
    }

    private static void assertSentences(String language, String text, String... expected) {
        Segmentation seg = Segmenter.segment(text, language);
        assertEquals(List.of(expected), sentenceTexts(text, seg));
        SegmentationInvariants.check(text, seg);
    }

    @Test
    void arabicSeedHasExpectedStructure() throws IOException {
        String text = TextNormalizer.normalize(loadSeed());
        Segmentation seg = Segmenter.segment(text, "ar");

        assertEquals(26, seg.paragraphs().size());
        assertEquals(28, seg.sentences().size());
        SegmentationInvariants.check(text, seg);
    }

    @Test
    void arabicGmtAbbreviationStaysInsideOneSentence() throws IOException {
        String text = TextNormalizer.normalize(loadSeed());
        Segmentation seg = Segmenter.segment(text, "ar");

        int occurrences = 0;
        for (int i = text.indexOf("ت.غ"); i >= 0; i = text.indexOf("ت.غ", i + 1)) {
            occurrences++;
            int cpStart = CodePoints.toCodePointOffset(text, i);
            int cpEnd = cpStart + 3;
            long containing = seg.sentences().stream()
                    .filter(s -> s.start() <= cpStart && cpEnd <= s.end())
                    .count();
            assertEquals(1, containing, "ت.غ at " + cpStart + " must lie inside exactly one sentence");
        }
        assertEquals(2, occurrences);
    }

    @Test
    void arabicAbbreviationFixKeepsRealBreaks() {
        String text = "وصل الوفد في الساعة 06:00 ت.غ. وقال الوزير إن المحادثات بدأت. ثم عاد إلى البيت.";
        List<String> sentences = sentenceTexts(text, Segmenter.segment(text, "ar"));
        assertEquals(List.of("وصل الوفد في الساعة 06:00 ت.غ.", "وقال الوزير إن المحادثات بدأت.",
                "ثم عاد إلى البيت."), sentences);

        String box = "العنوان ص.ب 1234 في المدينة. وفي عام 300 ق.م بنيت القلعة.";
        assertEquals(2, Segmenter.segment(box, "ar").sentences().size());
    }

    @Test
    void englishAbbreviationsDoNotSplit() {
        String text = "Mr. Smith said the U.S. economy grew 2.5% in 2023. He was wrong.";
        Segmentation seg = Segmenter.segment(text, "en");
        assertEquals(List.of("Mr. Smith said the U.S. economy grew 2.5% in 2023.", "He was wrong."),
                sentenceTexts(text, seg));
        SegmentationInvariants.check(text, seg);

        String more = "U.S. officials met Dr. Jones and John F. Kennedy Jr. yesterday. I met Joe. He said hi.";
        assertEquals(List.of("U.S. officials met Dr. Jones and John F. Kennedy Jr. yesterday.", "I met Joe.",
                "He said hi."), sentenceTexts(more, Segmenter.segment(more, "en")));
    }

    @Test
    void anEnglishAbbreviationEndsTheSentenceBeforeAPronounArticleOrConjunction() {
        String text = "The company moved to the U.S. The move was costly. He met Martin Luther King Jr. Then he left."
                + " Troops left the U.K. On Monday they returned. He lives in Washington, D.C. His wife does too."
                + " She chose option B. It failed.";
        assertEquals(List.of("The company moved to the U.S.", "The move was costly.", "He met Martin Luther King Jr.",
                "Then he left.", "Troops left the U.K.", "On Monday they returned.", "He lives in Washington, D.C.",
                "His wife does too.", "She chose option B.", "It failed."), sentenceTexts(text, Segmenter.segment(text,
                "en")));
        // before a name, a title or an initial stays; "vs." and initials followed by initials too
        String names = "The U.S. Army and Gov. Smith met J. A. Smith. Brown vs. The Board of Education was cited.";
        assertEquals(List.of("The U.S. Army and Gov. Smith met J. A. Smith.",
                "Brown vs. The Board of Education was cited."), sentenceTexts(names, Segmenter.segment(names, "en")));
        // French puts articles in names ("M. Le Pen", "J.-M. Le Goff"): only after a lower-case abbreviation
        String french = "J.-M. Le Pen a réagi. M. Le Goff aussi. Le temple date de 200 av. J.-C. Le site est classé.";
        assertEquals(List.of("J.-M. Le Pen a réagi.", "M. Le Goff aussi.", "Le temple date de 200 av. J.-C.",
                "Le site est classé."), sentenceTexts(french, Segmenter.segment(french, "fr")));
        // a weekday or a time zone after a.m./p.m. belongs to the time
        String time = "The vote is at 10 a.m. Tuesday. Polls close at 8 p.m. EST. Results follow at 9 p.m. The count"
                + " starts.";
        assertEquals(List.of("The vote is at 10 a.m. Tuesday.", "Polls close at 8 p.m. EST.", "Results follow at 9 p.m.",
                "The count starts."), sentenceTexts(time, Segmenter.segment(time, "en")));
        // and so does the time converted in brackets; a bracket that does not start with a digit does not
        String converted = "The ship lifted off at 8:51 p.m. (1451 GMT) from the site. It docked at 10 p.m. (Officials"
                + " confirmed it.)";
        assertSentences("en", converted, "The ship lifted off at 8:51 p.m. (1451 GMT) from the site.",
                "It docked at 10 p.m.", "(Officials confirmed it.)");
        // more sentence starters after a dotted acronym; "Co." before a company suffix is part of the name
        String more = "Sales rose in the U.S. With demand falling, prices dropped. He studied in the U.K. Last year he"
                + " returned. Samsung Electronics Co. Ltd. reported a loss. The law firm was Smith & Co. The firm lost.";
        assertEquals(List.of("Sales rose in the U.S.", "With demand falling, prices dropped.", "He studied in the U.K.",
                "Last year he returned.", "Samsung Electronics Co. Ltd. reported a loss.", "The law firm was Smith & Co.",
                "The firm lost."), sentenceTexts(more, Segmenter.segment(more, "en")));
        // reference marks belong to the sentence before them, glued or after a space
        String refs = "Cases rose worldwide.[3] Deaths fell.[4][5] Bias has been studied. [1 - 3] Others agree.";
        assertEquals(List.of("Cases rose worldwide.[3]", "Deaths fell.[4][5]", "Bias has been studied. [1 - 3]",
                "Others agree."), sentenceTexts(refs, Segmenter.segment(refs, "en")));
        // French contact lines: "tél." before a number is an abbreviation
        String tel = "Contact : M. Martin, tél. 03 83 12 34 56. Le club est ouvert.";
        assertEquals(List.of("Contact : M. Martin, tél. 03 83 12 34 56.", "Le club est ouvert."),
                sentenceTexts(tel, Segmenter.segment(tel, "fr")));
    }

    @Test
    void aQuotedQuestionOrExclamationStaysWithWhoSaidIt() {
        String text = "\"Why now?\" Smith asked. \"Because we can!\" Prime Minister Jones replied. He asked, \"Why"
                + " now?\" The answer came later. \"Stop!\" Police officers ran.";
        assertEquals(List.of("\"Why now?\" Smith asked.", "\"Because we can!\" Prime Minister Jones replied.",
                "He asked, \"Why now?\"", "The answer came later.", "\"Stop!\"", "Police officers ran."),
                sentenceTexts(text, Segmenter.segment(text, "en")));
        SegmentationInvariants.check(text, Segmenter.segment(text, "en"));
    }

    @Test
    void frenchGuillemetsStayWithTheirSentence() {
        String text = "M. Dupont a déclaré « c'est faux. » Le ministre a répondu. Les chiffres sont faux. "
                + "Il a ajouté : « Nous verrons ! »";
        Segmentation seg = Segmenter.segment(text, "fr");
        assertEquals(List.of("M. Dupont a déclaré « c'est faux. »", "Le ministre a répondu.",
                "Les chiffres sont faux.", "Il a ajouté : « Nous verrons ! »"), sentenceTexts(text, seg));
        SegmentationInvariants.check(text, seg);
    }

    @Test
    void icuAbbreviationListsApplyOnlyAtWordStartAndNotToOrdinaryWords() {
        // From ICU's English and French lists ("ss=standard"): "Pvt.", "Dept.", "réf.".
        String en = "Pvt. Ryan joined the Dept. Of State. I spoke to Jan. He was fine.";
        assertEquals(List.of("Pvt. Ryan joined the Dept. Of State.", "I spoke to Jan.", "He was fine."),
                sentenceTexts(en, Segmenter.segment(en, "en")));
        // ICU's "aux." would also swallow the break after "journaux."; "sept." is also the number seven.
        String fr = "Voir réf. Martin. Il lit les journaux. Ils étaient sept. Le maire aussi.";
        assertEquals(List.of("Voir réf. Martin.", "Il lit les journaux.", "Ils étaient sept.", "Le maire aussi."),
                sentenceTexts(fr, Segmenter.segment(fr, "fr")));
    }

    @Test
    void numbersDecimalsAndDatesDoNotSplit() {
        String en = "Growth was 3.5% on Jan. 5, 2009, and No. 10 Downing St. confirmed it. See p. 12 for the table.";
        assertEquals(List.of("Growth was 3.5% on Jan. 5, 2009, and No. 10 Downing St. confirmed it.",
                "See p. 12 for the table."), sentenceTexts(en, Segmenter.segment(en, "en")));
        // "No." is only an abbreviation before a number.
        String no = "He said no. Then he left.";
        assertEquals(2, Segmenter.segment(no, "en").sentences().size());

        String ar = "ارتفع المؤشر ٣٫٥ في المئة و3.5 نقطة عام ٢٠٢٠. وقال الوزير إن النمو بلغ 3,5 بالمئة.";
        assertEquals(List.of("ارتفع المؤشر ٣٫٥ في المئة و3.5 نقطة عام ٢٠٢٠.", "وقال الوزير إن النمو بلغ 3,5 بالمئة."),
                sentenceTexts(ar, Segmenter.segment(ar, "ar")));

        String fr = "La hausse atteint 3,5 % selon l'art. 4 du décret, p. 12. Le texte est paru.";
        assertEquals(2, Segmenter.segment(fr, "fr").sentences().size());
    }

    @Test
    void arabicAbbreviationsTitlesAndPunctuation() {
        String text = "قال د. أحمد إن الرحلة تبدأ الساعة 10:00 ت.غ؛ وهي تمر بقلعة بنيت عام 300 ق.م. هل هذا صحيح؟ "
                + "نعم، وأكدت ذلك قناة سي.ان.ان. وانتهت الحرب عام 1990 م. وبدأ الإعمار.";
        assertEquals(List.of("قال د. أحمد إن الرحلة تبدأ الساعة 10:00 ت.غ؛ وهي تمر بقلعة بنيت عام 300 ق.م.",
                "هل هذا صحيح؟", "نعم، وأكدت ذلك قناة سي.ان.ان.", "وانتهت الحرب عام 1990 م.", "وبدأ الإعمار."),
                sentenceTexts(text, Segmenter.segment(text, "ar")));
        // a lone letter after a number is a unit (ص. a.m., م. p.m. or AD), not a title: it may end the sentence
        String time = "وصل الوفد الساعة 10 ص. واستقبله م. خالد عند الساعة 5 م. وانتهى اللقاء.";
        assertEquals(List.of("وصل الوفد الساعة 10 ص.", "واستقبله م. خالد عند الساعة 5 م.", "وانتهى اللقاء."),
                sentenceTexts(time, Segmenter.segment(time, "ar")));
    }

    @Test
    void bracketedEllipsisDoesNotEndASentence() {
        String ar = "وقال \"الامر يخيفني بعض الشيء (...) انها مفاجأة بالفعل\". ثم غادر.";
        assertEquals(List.of("وقال \"الامر يخيفني بعض الشيء (...) انها مفاجأة بالفعل\".", "ثم غادر."),
                sentenceTexts(ar, Segmenter.segment(ar, "ar")));
        String en = "He said the plan […] Was working. It was not.";
        assertEquals(2, Segmenter.segment(en, "en").sentences().size());
        // A plain ellipsis before a capital still ends a sentence, as ICU says, and "…" now behaves like "...".
        String plain = "We waited... Nothing happened. He waited\u2026 Then he left. She waited\u2026 and then left.";
        assertEquals(List.of("We waited...", "Nothing happened.", "He waited\u2026", "Then he left.",
                "She waited\u2026 and then left."), sentenceTexts(plain, Segmenter.segment(plain, "en")));
    }

    @Test
    void quotesAndBracketsStayWithTheirSentence() {
        String en = "He shouted \"Stop!\" and left. \"It is over.\" (She agreed.) \u201CReally?\u201D he asked.";
        assertEquals(List.of("He shouted \"Stop!\" and left.", "\"It is over.\"", "(She agreed.)",
                "\u201CReally?\u201D he asked."), sentenceTexts(en, Segmenter.segment(en, "en")));

        String fr = "Il a dit « Non ! » et il est parti. « C'est fini. » Le maire a parlé.";
        assertEquals(List.of("Il a dit « Non ! » et il est parti.", "« C'est fini. »", "Le maire a parlé."),
                sentenceTexts(fr, Segmenter.segment(fr, "fr")));

        // closing single quotes after "!" or "?" before a lower-case word, too
        String single = "Scientists call it the 'eureka!' moment. He asked \u2018why not?\u2019 and left. She said"
                + " 'No!' Then she left.";
        assertSentences("en", single, "Scientists call it the 'eureka!' moment.",
                "He asked \u2018why not?\u2019 and left.", "She said 'No!'", "Then she left.");

        String ar = "قال الوزير «انتهت الحرب.» ثم غادر القاعة.";
        assertEquals(List.of("قال الوزير «انتهت الحرب.»", "ثم غادر القاعة."),
                sentenceTexts(ar, Segmenter.segment(ar, "ar")));
    }

    @Test
    void listNumbersStayWithTheItemTheyNumber() {
        String en = "Three steps matter. 1. Lock the door. 2. Close the windows. 10. Call the desk.";
        assertSentences("en", en, "Three steps matter.", "1. Lock the door.", "2. Close the windows.",
                "10. Call the desk.");
        // after a colon the first item's number leaves the lead-in
        String colon = "The agreement has two parts: 1. Aid is restored. 2. Borders reopen.";
        assertSentences("en", colon, "The agreement has two parts:", "1. Aid is restored.", "2. Borders reopen.");
        String ar = "أبرز البنود: 1. رفع العقوبات. 2. فتح السفارات.";
        assertSentences("ar", ar, "أبرز البنود:", "1. رفع العقوبات.", "2. فتح السفارات.");
        // a number that ends a sentence stays where it is
        String scores = "The final score was 3 to 2. The visitors scored 1. Fans left at 10. Nobody stayed.";
        assertSentences("en", scores, "The final score was 3 to 2.", "The visitors scored 1.", "Fans left at 10.",
                "Nobody stayed.");
    }

    @Test
    void aSentenceNeverEndsWithAnOpeningBracket() {
        String credit = "The rocket lifted off on time.(Photo: Space Agency) Engineers cheered.";
        assertSentences("en", credit, "The rocket lifted off on time.(Photo: Space Agency)", "Engineers cheered.");
        String reference = "(The law changed in the 1990s.[12]) Later rules followed.";
        assertSentences("en", reference, "(The law changed in the 1990s.[12])", "Later rules followed.");
        String source = "وصل الوفد امس.(وكالات) وبدأت المحادثات. أعلنت الشركة طرح دواء جديد.(رويترز) .";
        assertSentences("ar", source, "وصل الوفد امس.(وكالات)", "وبدأت المحادثات.",
                "أعلنت الشركة طرح دواء جديد.(رويترز) .");
        // no closing bracket: the bracket opens the next sentence
        String open = "It ended.( Nobody knows why. Then it rained.";
        assertSentences("en", open, "It ended.", "( Nobody knows why.", "Then it rained.");
        // a full-width bracket always opens the next sentence: these scripts put no space after a full stop
        String zh = "\u7814\u7A76\u5DF2\u53D1\u8868\u3002\uFF08\u7F16\u8BD1\uFF1A\u738B\u660E\uFF09";
        assertSentences("zh", zh, "\u7814\u7A76\u5DF2\u53D1\u8868\u3002",
                "\uFF08\u7F16\u8BD1\uFF1A\u738B\u660E\uFF09");
    }

    @Test
    void anOpeningBidiControlStartsTheSentenceItOpens() {
        String text = "انتهت الأزمة. \u2067#السودان\u2069 يتابع الأخبار.\nThe talks ended. \u2066#Sudan\u2069 is trending.";
        assertSentences("ar", text, "انتهت الأزمة.", "\u2067#السودان\u2069 يتابع الأخبار.", "The talks ended.",
                "\u2066#Sudan\u2069 is trending.");
    }

    @Test
    void frenchAbbreviationsInitialsAndLowerCaseStarts() {
        String text = "Mme Durand et M. Hosneld ont vu J.-P. Bruneau, etc. à Paris. Le prix a baissé. "
                + "à ce jour, rien n'a changé. Voir l'art. 3 et MM. Farinet et Verneau.";
        assertEquals(List.of("Mme Durand et M. Hosneld ont vu J.-P. Bruneau, etc. à Paris.", "Le prix a baissé.",
                "à ce jour, rien n'a changé.", "Voir l'art. 3 et MM. Farinet et Verneau."),
                sentenceTexts(text, Segmenter.segment(text, "fr")));
    }

    @Test
    void headlinesEndAtTheLineBreak() {
        String text = "Le maire inaugure la nouvelle école\nLa cérémonie a eu lieu hier. Les enfants étaient là";
        assertEquals(List.of("Le maire inaugure la nouvelle école", "La cérémonie a eu lieu hier.",
                "Les enfants étaient là"), sentenceTexts(text, Segmenter.segment(text, "fr")));
        String ar = "ميراث ب300 الف دولار يقلب حياة متشرد اميركي\nلونغ بيتش (اف ب)- تغير كل شيء. وغادر كنت";
        assertEquals(3, Segmenter.segment(ar, "ar").sentences().size());
    }

    @Test
    void germanOrdinalDatesDoNotSplit() {
        String text = "Er kam am 3. Oktober nach Berlin. Dann ging er.";
        assertEquals(2, Segmenter.segment(text, "de").sentences().size());
    }

    @Test
    void offsetsAreCodePointsWithEmojiAndCombiningMarks() {
        // Emoji outside the BMP and a decomposed "é" before the sentences under test.
        String text = "\uD83D\uDE00 Cafe\u0301 opened. \uD83D\uDC4B\uD83C\uDFFD Bye now!\n\nNext \uD834\uDD1E line.";
        Segmentation seg = Segmenter.segment(text, "en");
        SegmentationInvariants.check(text, seg);

        // Code points: emoji=1, "e"+U+0301=2, waving hand + skin tone=2, so UTF-16 indices would all differ.
        assertEquals(List.of(new Span(0, 27), new Span(29, 41)), seg.paragraphs());
        assertEquals(List.of(new SentenceSpan(0, 0, 15), new SentenceSpan(0, 16, 27), new SentenceSpan(1, 29, 41)),
                seg.sentences());
        assertEquals("\uD83D\uDE00 Cafe\u0301 opened.", CodePoints.substring(text, 0, 15));
        assertEquals("\uD83D\uDC4B\uD83C\uDFFD Bye now!", CodePoints.substring(text, 16, 27));
        assertEquals("Next \uD834\uDD1E line.", CodePoints.substring(text, 29, 41));
    }

    @Test
    void paragraphsAreTrimmedNonBlankLines() {
        String text = "  Title line  \n\n\t\nBody one. Body two.\n   \nLast";
        Segmentation seg = Segmenter.segment(text, "en");
        SegmentationInvariants.check(text, seg);
        assertEquals(3, seg.paragraphs().size());
        assertEquals("Title line", CodePoints.substring(text, seg.paragraphs().get(0).start(),
                seg.paragraphs().get(0).end()));
        assertEquals(List.of(0, 1, 1, 2), seg.sentences().stream().map(SentenceSpan::paragraphIndex).toList());
    }

    @Test
    void emptyTextYieldsNothing() {
        Segmentation seg = Segmenter.segment("", "ar");
        assertTrue(seg.paragraphs().isEmpty());
        assertTrue(seg.sentences().isEmpty());
        assertTrue(Segmenter.segment(" \n\n ", null).sentences().isEmpty());
    }

    @Test
    void longArticleIsFast() throws IOException {
        String seed = TextNormalizer.normalize(loadSeed());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 72; i++) { // 72 * 28 = 2016 sentences
            sb.append(seed).append("\n\n");
        }
        String text = TextNormalizer.normalize(sb.toString());
        Segmenter.segment(seed, "ar"); // warm up ICU data loading

        long t0 = System.nanoTime();
        Segmentation seg = Segmenter.segment(text, "ar");
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertEquals(72 * 28, seg.sentences().size());
        assertTrue(millis < 1000, "segmenting 2,016 sentences took " + millis + " ms");
        SegmentationInvariants.check(text, seg);
    }
}
