package org.factcheck.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.factcheck.text.TextNormalizer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a news page says about itself, in the order Readability.js trusts it: schema.org JSON-LD (NewsArticle and
 * its kin), then Dublin Core, Open Graph and {@code article:*} meta, Twitter cards, then the page's own
 * {@code <time>} and byline elements. Read from the untouched page, before any extraction rewrites it.
 */
record PageMetadata(String title, String byline, String siteName, String publishedTime, String modifiedTime,
        String canonicalUrl, String language, String direction, String description) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "advertisercontentarticle", "newsarticle",
            "analysisnewsarticle", "askpublicnewsarticle", "backgroundnewsarticle", "opinionnewsarticle",
            "reportagenewsarticle", "reviewnewsarticle", "report", "satiricalarticle", "scholarlyarticle",
            "medicalscholarlyarticle", "socialmediaposting", "blogposting", "liveblogposting", "discussionforumposting",
            "techarticle", "apireference");

    static PageMetadata read(Document doc) {
        Map<String, String> meta = metaValues(doc);
        JsonLd ld = jsonLd(doc);
        String title = first(ld.title, meta.get("dc:title"), meta.get("dcterm:title"), meta.get("og:title"),
                meta.get("weibo:article:title"), meta.get("weibo:webpage:title"), meta.get("title"),
                meta.get("twitter:title"), meta.get("parsely-title"));
        String byline = first(ld.byline, meta.get("dc:creator"), meta.get("dcterm:creator"), meta.get("author"),
                meta.get("parsely-author"), meta.get("article:author") != null
                        && !meta.get("article:author").startsWith("http") ? meta.get("article:author") : null);
        String siteName = first(ld.siteName, meta.get("og:site_name"), meta.get("application-name"));
        String published = first(ld.datePublished, meta.get("article:published_time"), meta.get("parsely-pub-date"),
                meta.get("dc:date"), meta.get("dcterms.created"), timeElement(doc));
        String modified = first(ld.dateModified, meta.get("article:modified_time"), meta.get("og:updated_time"));
        String description = first(ld.description, meta.get("dc:description"), meta.get("dcterm:description"),
                meta.get("og:description"), meta.get("weibo:article:description"), meta.get("description"),
                meta.get("twitter:description"));
        Element canonicalLink = doc.selectFirst("link[rel=canonical][href]");
        String canonical = first(canonicalLink == null ? null : canonicalLink.absUrl("href"), meta.get("og:url"),
                ld.url);
        String lang = first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                meta.get("content-language"), meta.get("dc.language"), ld.inLanguage,
                meta.get("og:locale") == null ? null : meta.get("og:locale").replace('_', '-'));
        // the nearer element's direction wins, as for any inherited attribute
        String dir = first(doc.body() == null ? null : doc.body().attr("dir"),
                doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("dir"));
        return new PageMetadata(clean(title), clean(byline), clean(siteName), clean(published), clean(modified),
                blankToNull(canonical), lang == null ? null : lang.strip(), dir == null ? null
                        : dir.strip().toLowerCase(Locale.ROOT), clean(description));
    }

    /** Meta name/property/itemprop → content, keys lower-cased; the first of a repeated key wins. */
    private static Map<String, String> metaValues(Document doc) {
        Map<String, String> values = new TreeMap<>();
        for (Element meta : doc.select("meta[content]")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : List.of("name", "property", "itemprop", "http-equiv")) {
                for (String key : meta.attr(attribute).toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!key.isEmpty()) {
                        values.putIfAbsent(key.replace("dcterms:", "dcterm:").replace("dc.", "dc:")
                                .replaceFirst("^dc:language$", "dc.language"), content);
                    }
                }
            }
        }
        return values;
    }

    private static String timeElement(Document doc) {
        Element time = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[itemprop=datePublished]");
        return time == null ? null : time.attr("datetime");
    }

    private static final class JsonLd {
        String title;
        String byline;
        String siteName;
        String datePublished;
        String dateModified;
        String description;
        String url;
        String inLanguage;
    }

    /** The first JSON-LD object typed as an article (directly, in an array or in @graph). */
    private static JsonLd jsonLd(Document doc) {
        JsonLd found = new JsonLd();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode article;
            try {
                article = findArticle(JSON.readTree(script.data().replaceAll("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$", "")));
            } catch (Exception e) {
                continue; // malformed JSON-LD is common; the meta tags still count
            }
            if (article == null) {
                continue;
            }
            found.title = headline(article, doc.title());
            found.byline = people(article.get("author"));
            JsonNode publisher = article.get("publisher");
            found.siteName = publisher == null ? null : text(publisher.get("name"), null);
            found.datePublished = text(article.get("datePublished"), null);
            found.dateModified = text(article.get("dateModified"), null);
            found.description = text(article.get("description"), null);
            found.url = text(article.get("url"), null);
            found.inLanguage = text(article.get("inLanguage"), null);
            return found;
        }
        return found;
    }

    /**
     * Name or headline: when both are given and differ, the headline only if it, and not the name, matches the
     * page's own title (Readability.js's rule; news sites put the site's name in "name" as often as the story's).
     */
    private static String headline(JsonNode article, String pageTitle) {
        String headline = text(article.get("headline"), null);
        String name = text(article.get("name"), null);
        if (headline == null || name == null || headline.equals(name)) {
            return name == null ? headline : name;
        }
        boolean headlineMatches = similarity(headline, pageTitle) > 0.75;
        boolean nameMatches = similarity(name, pageTitle) > 0.75;
        return headlineMatches && !nameMatches ? headline : name;
    }

    /** Share of b's words (by length) also in a, as Readability.js's _textSimilarity. */
    static double similarity(String a, String b) {
        Set<String> wordsA = new LinkedHashSet<>(List.of(a.toLowerCase(Locale.ROOT).split("\\W+")));
        List<String> wordsB = new ArrayList<>();
        for (String w : b.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (!w.isEmpty()) {
                wordsB.add(w);
            }
        }
        if (wordsB.isEmpty()) {
            return 0;
        }
        List<String> uniqueB = wordsB.stream().filter(w -> !wordsA.contains(w)).toList();
        return 1 - (double) String.join(" ", uniqueB).length() / String.join(" ", wordsB).length();
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode a = findArticle(item);
                if (a != null) {
                    return a;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        for (String t : types) {
            if (ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT))) {
                return node;
            }
        }
        return findArticle(node.get("@graph"));
    }

    private static String text(JsonNode node, String otherwise) {
        if (node == null || node.isNull()) {
            return otherwise;
        }
        if (node.isArray()) {
            return node.isEmpty() ? otherwise : text(node.get(0), otherwise);
        }
        if (node.isObject()) {
            return text(node.get("name"), text(node.get("@value"), otherwise));
        }
        String s = node.asText().strip();
        return s.isEmpty() ? otherwise : s;
    }

    /** One or several authors, as names joined by commas. */
    private static String people(JsonNode author) {
        if (author == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        if (author.isArray()) {
            author.forEach(a -> {
                String n = text(a, null);
                if (n != null) {
                    names.add(n);
                }
            });
        } else {
            String n = text(author, null);
            if (n != null) {
                names.add(n);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = TextNormalizer.normalizeTitle(org.jsoup.parser.Parser.unescapeEntities(s, false));
        return t.isEmpty() ? null : t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
