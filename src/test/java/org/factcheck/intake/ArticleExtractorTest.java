package org.factcheck.intake;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    static String resource(String path) {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void absent(String text, String... boilerplate) {
        for (String b : boilerplate) {
            assertThat(text, not(containsString(b)));
        }
    }

    @Test
    void arabicStoryKeepsItsParagraphsInOrderAndDropsTheBoilerplateAround() {
        ArticleExtractor.Extraction x = ArticleExtractor.extract(resource("intake/news-ar.html"),
                "https://alwadi.example/news/wheat-prices?utm_source=x");

        assertThat(x.text(), allOf(startsWith("قالت وزارة التموين يوم الاثنين"),
                containsString("وأضاف المتحدث باسم الوزارة"), endsWith("لتقليل الاعتماد على الاستيراد.")));
        assertThat(x.text().indexOf("وأشار خبراء"), greaterThan(x.text().indexOf("وقال تجار")));
        absent(x.text(), "ملفات تعريف الارتباط", "سياسة", "الأكثر قراءة", "اشترك", "التعليقات", "مقال رائع",
                "جميع الحقوق", "فيسبوك");
        assertThat(x.title(), is("ارتفاع أسعار القمح في الأسواق المحلية"));
        assertThat(x.outlet(), is("صحيفة الوادي"));
        assertThat(x.byline(), is("سارة المصري"));
        assertThat(x.publishedTime(), is("2026-11-02T08:30:00+03:00"));
        assertThat(x.modifiedTime(), is("2026-11-02T10:00:00+03:00"));
        assertThat(x.canonicalUrl(), is("https://alwadi.example/news/wheat-prices"));
        assertThat(x.language(), is("ar"));
        assertThat(x.direction(), is("rtl"));
    }

    @Test
    void englishStoryHasStandfirstBylineAndNoShareBarPromoOrComments() {
        ArticleExtractor.Extraction x = ArticleExtractor.extract(resource("intake/news-en.html"),
                "https://harbourtimes.example/business/port-strike");

        assertThat(x.title(), is("Port strike halts grain exports for a third day"));
        assertThat(x.standfirst(),
                is("Dock workers walked out over pay, leaving forty ships waiting off the coast."));
        assertThat(x.byline(), is("James Whitfield"));
        assertThat(x.outlet(), is("The Harbour Times"));
        assertThat(x.modifiedTime(), is("2026-10-14T09:15:00Z"));
        assertThat(x.text(), allOf(containsString("Grain exports from the country's largest port stopped"),
                containsString("Farmers' groups warned"), containsString("Ships waiting outside the harbour")));
        absent(x.text(), "Share on Facebook", "Subscribe today", "Pay them what", "morning briefing",
                "We use cookies", "Why shipping costs");
        assertThat(x.language(), is("en-GB"));
        assertThat(x.direction(), is("ltr"));
    }

    @Test
    void frenchStoryWithoutArticleElementIsFoundInMain() {
        ArticleExtractor.Extraction x = ArticleExtractor.extract(resource("intake/news-fr.html"),
                "https://quotidien.example/eco/pain");

        assertThat(x.title(), is("Le prix du pain augmente de 8 % en un an"));
        assertThat(x.text(), allOf(containsString("Le prix moyen de la baguette"),
                containsString("un seuil symbolique")));
        absent(x.text(), "cookies", "Mentions légales", "scandaleux", "Politique");
        assertThat(x.language(), is("fr"));
    }

    @Test
    void directionOfTheBodyWinsOverThePagesAndLanguageIsDetectedWhenThePageGivesNone() {
        // Readability test page rtl-2: <html dir="ltr"> around <body dir="rtl">
        ArticleExtractor.Extraction x = ArticleExtractor.extract(resource("extraction/rtl-2/source.html"),
                "http://fakehost/test/page.html");
        assertThat(x.direction(), is("rtl"));
        assertThat(x.text(), containsString(Jsoup.parse(resource("extraction/rtl-2/expected.html")).select("p")
                .last().text().substring(0, 60)));

        ArticleExtractor.Extraction bare = ArticleExtractor.extract("<html><body><p>"
                + "قال الرئيس إن الحكومة ستعمل على خفض الأسعار في الأسابيع المقبلة من أجل المواطنين.</p></body></html>",
                null);
        assertThat(bare.language(), is("ar"));
        assertThat(bare.direction(), is("rtl"));
    }

    @Test
    void siteNameIsCutFromEitherEndOfTheTitleOnlyWhenItIsTheOutlet() {
        assertThat(ArticleExtractor.withoutSiteName("Story here | Outlet", "Outlet"), is("Story here"));
        assertThat(ArticleExtractor.withoutSiteName("Outlet - Story here", "Outlet"), is("Story here"));
        assertThat(ArticleExtractor.withoutSiteName("Story - with dash | Other", "Outlet"),
                is("Story - with dash | Other"));
        assertThat(ArticleExtractor.withoutSiteName("Story", null), is("Story"));
    }
}
