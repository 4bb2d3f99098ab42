package org.factcheck.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factcheck.article.Article;
import org.factcheck.article.ArticleRequest;
import org.factcheck.article.ArticleService;
import org.factcheck.source.SnapshotFetcher;
import org.factcheck.source.SnapshotFetcher.FetchFailure;
import org.factcheck.source.UrlKey;
import org.factcheck.user.AppUser;
import org.factcheck.web.Problem;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Import by URL (issue 13, docs/import.md): the page is fetched through the guarded fetcher of source snapshots,
 * decoded, and the story extracted; the article is saved with the page as fetched. The fetch happens outside any
 * transaction (it may take seconds); the save is one transaction, so a failure leaves nothing behind.
 */
@ApplicationScoped
public class ImportService {

    /** A fetched and extracted page, not yet saved. */
    record Fetched(String requestedUrl, SnapshotFetcher.Page page, PageDecoder.Decoded decoded,
            ArticleExtractor.Extraction extraction) {

        /** The address the story is known by: the page's canonical one when given, else where we landed. */
        String canonicalUrl() {
            return extraction.canonicalUrl() != null && extraction.canonicalUrl().matches("(?i)https?://.+")
                    ? extraction.canonicalUrl() : page.finalUrl();
        }

        /** Stored text: the standfirst (when the body does not already hold it), then the story's paragraphs. */
        String text() {
            String standfirst = extraction.standfirst();
            String body = extraction.text();
            if (standfirst == null || body.contains(standfirst) || standfirst.length() > 1000) {
                return body;
            }
            return standfirst + "\n\n" + body;
        }
    }

    @Inject
    ArticleService articles;
    @Inject
    SnapshotFetcher fetcher;

    /** What the import would save, for the editor to check and correct; stores nothing. */
    public ImportPreview preview(String url) {
        Fetched f = fetch(url);
        ArticleExtractor.Extraction x = f.extraction();
        String text = f.text();
        return new ImportPreview(f.page().finalUrl(), f.canonicalUrl(), x.title(), x.standfirst(), x.outlet(),
                x.byline(), isoDate(x.publishedTime()), isoDate(x.modifiedTime()), x.language(), x.direction(), text,
                text.split("\n\n").length);
    }

    /** Fetches, extracts and saves; the request's fields, when given, override what the page says. */
    public Article importFromUrl(UrlImportRequest request, AppUser importer) {
        if (request == null) {
            throw Problem.badRequest("Send {\"url\": \"https://…\"} and optionally language, title, outlet, authors, "
                    + "publishedAt.");
        }
        Fetched f = fetch(request.url());
        ArticleExtractor.Extraction x = f.extraction();
        String authors = firstNonBlank(request.authors(), x.byline());
        ArticleRequest article = new ArticleRequest(firstNonBlank(request.title(), x.title()), f.text(),
                firstNonBlank(request.language(), x.language()), f.canonicalUrl(),
                firstNonBlank(request.outlet(), x.outlet()),
                firstNonBlank(request.publishedAt(), isoDate(x.publishedTime())));
        try {
            return save(f, article, authors, request.language(), importer);
        } catch (RuntimeException e) {
            if (e instanceof Problem) {
                throw e;
            }
            // two editors importing the same story at the same moment: the second trips the unique address key
            QuarkusTransaction.requiringNew().run(() -> refuseDuplicate(keys(f)));
            throw e;
        }
    }

    private Article save(Fetched f, ArticleRequest article, String authors, String requestedLanguage,
            AppUser importer) {
        ArticleExtractor.Extraction x = f.extraction();
        return QuarkusTransaction.requiringNew().call(() -> {
            refuseDuplicate(keys(f));
            Article saved = articles.importArticle(article, importer);
            if (requestedLanguage == null || requestedLanguage.isBlank()) {
                saved.direction = x.direction(); // the page's own dir wins over the language's usual one
            }
            ArticleImport source = new ArticleImport();
            source.articleId = saved.id;
            source.requestedUrl = f.requestedUrl();
            source.finalUrl = f.page().finalUrl();
            source.urlKey = UrlKey.of(f.canonicalUrl());
            source.requestedKey = UrlKey.of(f.requestedUrl());
            source.authors = authors == null || authors.length() <= 500 ? authors : authors.substring(0, 500);
            source.modifiedAt = parseLenient(x.modifiedTime());
            source.charset = f.decoded().charset().name();
            source.keepHtml(f.decoded().html());
            source.textHash = textHash(f.text());
            source.persist();
            return saved;
        });
    }

    // A menu word or a lone "Home" is not a story; the shortest news brief has a sentence.
    private static final int MIN_STORY_WORDS = 5;

    static int words(String text) {
        return (int) java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(text).results().count();
    }

    Fetched fetch(String url) {
        return fetch(url, true);
    }

    /** Fetched and extracted; {@code refuseKnown} answers 409 for a story already imported (not for re-checks). */
    Fetched fetch(String url, boolean refuseKnown) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String checked = ArticleService.checkUrl(url, "url", errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        if (checked == null) {
            throw Problem.invalid("url", "Give the story's address (http:// or https://).");
        }
        if (refuseKnown) {
            QuarkusTransaction.requiringNew().run(() -> refuseDuplicate(Set.of(UrlKey.of(checked))));
        }
        SnapshotFetcher.Page page;
        try {
            page = fetcher.fetchPage(checked);
        } catch (FetchFailure failure) {
            throw new FetchProblem(failure, problem(failure));
        }
        PageDecoder.Decoded decoded = PageDecoder.decode(page.body(), page.declaredCharset());
        String html = page.isHtml() ? decoded.html()
                : "<html><body><pre>" + org.jsoup.nodes.Entities.escape(decoded.html()) + "</pre></body></html>";
        ArticleExtractor.Extraction extraction = ArticleExtractor.extract(html, page.finalUrl());
        if (words(extraction.text()) < MIN_STORY_WORDS) {
            throw new Problem(422, "No story found", "The page at " + page.finalUrl() + " has no text that could be "
                    + "taken as a story.", List.of(new Problem.FieldError("url", "No story text was found on this "
                            + "page.")), null);
        }
        return new Fetched(checked, page, new PageDecoder.Decoded(html, decoded.charset()), extraction);
    }

    private static Set<String> keys(Fetched f) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(UrlKey.of(f.requestedUrl()));
        keys.add(UrlKey.of(f.page().finalUrl()));
        keys.add(UrlKey.of(f.canonicalUrl()));
        keys.remove(null);
        return keys;
    }

    /** 409 with a link to the article already imported from one of these addresses. */
    static void refuseDuplicate(Set<String> keys) {
        ArticleImport.byKeys(keys).ifPresent(existing -> {
            Article article = Article.findById(existing.articleId);
            throw Problem.conflict("This story was already imported: " + article.title + " (/articles/"
                    + existing.articleId + ").", Map.of("id", existing.articleId, "title", article.title,
                            "link", "/articles/" + existing.articleId));
        });
    }

    /** A fetch failure as a problem, still knowing its kind (a re-check tells "gone" from "failed" by it). */
    static final class FetchProblem extends Problem {
        final transient FetchFailure failure;

        FetchProblem(FetchFailure failure, Problem problem) {
            super(problem.status(), problem.title(), problem.detail(), problem.errors(), null);
            this.failure = failure;
        }
    }

    /** Each way a fetch fails answers with its own title and says which, next to the url field too. */
    static Problem problem(FetchFailure failure) {
        String title = switch (failure.kind()) {
            case BAD_ADDRESS -> "Not a fetchable address";
            case INTERNAL_ADDRESS -> "Internal address";
            case DNS -> "Host not found";
            case UNREACHABLE -> "Host unreachable";
            case HTTP_STATUS -> "The page answered with an error";
            case NOT_HTML -> "Not a web page";
            case TOO_LARGE -> "Page too large";
            case TOO_SLOW -> "Page too slow";
            case TOO_MANY_REDIRECTS -> "Too many redirects";
        };
        // the address itself is wrong: 400; a well-formed address whose page cannot be taken: 422
        int status = failure.kind() == SnapshotFetcher.FailureKind.BAD_ADDRESS ? 400 : 422;
        return new Problem(status, title, failure.getMessage(),
                List.of(new Problem.FieldError("url", failure.getMessage())), null);
    }

    /** Page dates come in many shapes; an unreadable one is dropped (the editor can type it), never an error. */
    static OffsetDateTime parseLenient(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2").replace(' ', 'T');
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            // try the next shape
        }
        try {
            return LocalDateTime.parse(v).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the next shape
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String textHash(String text) {
        return SnapshotFetcher.sha256(org.factcheck.text.TextNormalizer.normalize(text));
    }

    static String isoDate(String value) {
        OffsetDateTime date = parseLenient(value);
        return date == null ? null : date.toString();
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b;
    }
}
