package org.factcheck.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.factcheck.text.MatchText;
import org.factcheck.text.SearchFold;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The folding rules live twice: in Java (text/SearchFold, sharing MatchText's Arabic rules) and in SQL
 * ({@code search_fold}, V9__search.sql as made faster by V11, which indexes the documents). Snippets are cut on
 * the folded text and mapped back to the original, so the two must give the same string, character for character: this test runs
 * both on the same samples so they cannot drift.
 */
@QuarkusTest
class SearchFoldAgreementTest {

    static final List<String> SAMPLES = List.of(
            "مُحَمَّدٌ",                                   // tashkeel and shadda
            "هٰذا الرَّحْمٰن",                              // superscript alef U+0670
            "الـــوفـد",                                    // tatweel
            "أحمد إبراهيم آمن ٱلله",                        // hamza and wasla alef variants
            "إلى مستشفى",                                  // alef maqsura
            "المدرسة مدرسةٌ",                               // teh marbuta
            "سنة ٢٠٢٢ و۱۴۰۱، ٣٫٥ مليون و١٬٠٠٠",             // Arabic-Indic and Eastern digits, separators
            "ﻻ ﷲ ﺍﻟﻌﺮﺏ",                                    // presentation forms (NFKC)
            "L'école élève ÉTÉ Créteil Noël garçon",        // French accents
            "The claims were CLAIMED, ½ and ﬁnal ²",         // English, compatibility characters
            "<script>alert('x')</script> & <b>",            // markup characters
            "Zürich, São Paulo, Ñandú — «quotes» “smart”",  // other Latin letters and punctuation
            "أعلنت أرمينيا مقتل 49 من جنودها.\nسطر ثانٍ",    // line breaks kept
            "");

    @Inject
    EntityManager em;

    @Test
    void sqlAndJavaFoldTheSameWay() {
        for (String sample : SAMPLES) {
            String sql = (String) em.createNativeQuery("select search_fold(cast(:t as text))").setParameter("t", sample)
                    .getSingleResult();
            assertEquals(SearchFold.fold(sample), sql, "search_fold of '" + sample + "'");
        }
    }

    @Test
    void searchFoldKeepsTheArabicRulesOfMatchText() {
        // MatchText.fold (related claims) also lower-cases and drops punctuation; on top of SearchFold it changes
        // nothing more for Arabic text: one set of Arabic rules
        for (String sample : SAMPLES.subList(0, 8)) {
            assertEquals(MatchText.fold(sample), MatchText.fold(SearchFold.fold(sample)), sample);
        }
    }

    @Test
    void everyFoldedCharacterPointsBackIntoTheOriginal() {
        String original = "قالَ مُحَمَّدٌ: الـوفـــد";
        SearchFold.Folded folded = SearchFold.map(original);
        assertEquals("قال محمد: الوفد", folded.text());
        int at = folded.text().indexOf("محمد");
        assertEquals("مُحَمَّدٌ", original.substring(folded.originalStart(at), folded.originalEnd(at + 4)));
        int wafd = folded.text().indexOf("الوفد");
        assertEquals("الـوفـــد", original.substring(folded.originalStart(wafd), folded.originalEnd(wafd + 5)));
    }
}
