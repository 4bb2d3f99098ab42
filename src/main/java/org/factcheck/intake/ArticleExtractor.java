package org.factcheck.intake;

import java.util.Locale;
import java.util.regex.Pattern;

import org.factcheck.text.HtmlText;
import org.factcheck.text.LanguageDetector;
import org.factcheck.text.TextNormalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;

/**
 * Picks the story out of a news page: its paragraphs in order, without navigation, teasers, share bars, comments
 * or cookie banners, plus what the page says about itself. The body comes from Mozilla Readability's algorithm
 * (Readability4J, a Kotlin port), which scores blocks by text and link density, class names and structure; the
 * metadata from {@link PageMetadata}. Measured on Readability's 130 test pages in docs/import.md. No rule here
 * knows any site.
 */
public final class ArticleExtractor {

    /** The story as extracted; text is plain, one paragraph per block, blank lines between them. */
    public record Extraction(String title, String standfirst, String text, String byline, String outlet,
            String publishedTime, String modifiedTime, String canonicalUrl, String language, String direction) {
    }

    // "Headline | Site", "Headline - Site", "Site: Headline"…: separators Readability.js also recognises.
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—\\\\/>»·:]\\s+");

    private static final int MIN_STORY_CHARS = 500;

    // What a reader never sees is not part of the story (Readability.js's _isProbablyVisible).
    private static final String INVISIBLE = "[hidden], [aria-hidden=true]:not(.fallback-image), "
            + "[style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";

    private ArticleExtractor() {
    }

    /**
     * A figure whose words are mostly a link leads elsewhere (a teaser, a promotion, another story's picture):
     * its caption is not this story's. Readability keeps every figure; the story's own photos stay.
     */
    private static void removeLinkedFigures(Element content) {
        for (Element figure : content.select("figure")) {
            int all = figure.text().length();
            int linked = figure.select("a").stream().mapToInt(a -> a.text().length()).sum();
            if (figure.closest("a") != null || (all > 0 && linked * 2 > all)) {
                figure.remove();
            }
        }
    }

    private static void removeInvisible(Document doc) {
        doc.select(INVISIBLE).remove();
    }

    public static Extraction extract(String html, String pageUrl) {
        // an uploaded page may come without its address; the port needs an absolute one to resolve links against
        String base = pageUrl == null || !pageUrl.matches("(?i)https?://.+") ? "http://localhost/" : pageUrl;
        Document page = Jsoup.parse(html == null ? "" : html, base);
        PageMetadata meta = PageMetadata.read(page);
        removeInvisible(page);
        // the port takes its document apart (the story is moved out of it): it gets a copy, so the page stays whole
        // for the fallback below
        Article article = new Readability4JExtended(base, page.clone()).parse();

        String text = "";
        Element content = article.getArticleContent();
        if (content != null) {
            removeLinkedFigures(content);
            text = HtmlText.blocksText(content);
        }
        if (text.codePointCount(0, text.length()) < MIN_STORY_CHARS) {
            // Readability's own threshold: under it no block was scored as a story (documentation pages, odd
            // markup), and the whole page's text loses less than a stray footer would.
            String whole = HtmlText.extract(page.outerHtml()).text();
            if (whole.length() > text.length()) {
                text = whole;
            }
        }
        String title = withoutSiteName(PageMetadata.first(meta.title(), article.getTitle(), page.title()),
                meta.siteName());
        String byline = PageMetadata.first(meta.byline(), clean(article.getByline()));
        String language = normaliseLanguage(meta.language());
        if (language == null) {
            language = LanguageDetector.detect(title == null ? text : title + "\n" + text);
        }
        String direction = meta.direction();
        if (!"rtl".equals(direction) && !"ltr".equals(direction)) {
            direction = "rtl".equalsIgnoreCase(article.getDir()) || "ltr".equalsIgnoreCase(article.getDir())
                    ? article.getDir().toLowerCase(Locale.ROOT) : LanguageDetector.direction(language);
        }
        return new Extraction(title, meta.description(), text, byline, meta.siteName(), meta.publishedTime(),
                meta.modifiedTime(), meta.canonicalUrl(), language, direction);
    }

    /** "Story – Outlet" becomes "Story" when the outlet is known; other titles are left alone. */
    static String withoutSiteName(String title, String siteName) {
        if (title == null || siteName == null) {
            return title;
        }
        String site = siteName.strip().toLowerCase(Locale.ROOT);
        var parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        if (parts[parts.length - 1].strip().toLowerCase(Locale.ROOT).equals(site)) {
            var m = SEPARATOR.matcher(title);
            int last = -1;
            while (m.find()) {
                last = m.start();
            }
            return title.substring(0, last).strip();
        }
        if (parts[0].strip().toLowerCase(Locale.ROOT).equals(site)) {
            var m = SEPARATOR.matcher(title);
            m.find();
            return title.substring(m.end()).strip();
        }
        return title;
    }

    /** A BCP-47 tag from the page ("en-US", "ar"), or null when the page gives none or nonsense. */
    static String normaliseLanguage(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(value.strip().replace('_', '-')).build();
            return locale.getLanguage().isEmpty() ? null : locale.toLanguageTag();
        } catch (java.util.IllformedLocaleException e) {
            return null;
        }
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = TextNormalizer.normalizeTitle(s);
        return t.isEmpty() ? null : t;
    }
}
