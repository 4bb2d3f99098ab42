package org.factcheck.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.review.History;
import org.factcheck.review.LiveEvents;
import org.factcheck.text.LanguageDetector;
import org.factcheck.text.Segmenter;
import org.factcheck.text.TextNormalizer;
import org.factcheck.user.AppUser;
import org.factcheck.user.Role;
import org.factcheck.web.EnumKeys;
import org.factcheck.web.Page;
import org.factcheck.web.Problem;

import io.quarkus.panache.common.Parameters;

/** Importing articles (normalize, detect language, segment) and their status workflow. */
@ApplicationScoped
@Transactional
public class ArticleService {

    @jakarta.inject.Inject
    History history;
    @jakarta.inject.Inject
    LiveEvents events;
    @jakarta.inject.Inject
    org.factcheck.suggestion.SuggestionService suggestions;

    @ConfigProperty(name = "factcheck.max-article-chars", defaultValue = "500000")
    int maxArticleChars;

    /** The same normalization and limits as import (text revisions reuse them); blank gives 400, too long 413. */
    String normalizedText(String raw) {
        String text = withinLimitNormalized(raw);
        if (text.isBlank()) {
            throw Problem.invalid("text", "The article text is empty.");
        }
        return text;
    }

    /** The text as it is stored, possibly blank; 413 before any work when it is over the limit. */
    private String withinLimitNormalized(String raw) {
        if (raw != null && raw.length() > maxArticleChars) {
            throw Problem.tooLarge("An article has at most " + maxArticleChars + " characters; this one has "
                    + raw.length() + ".");
        }
        return raw == null ? "" : TextNormalizer.normalize(raw);
    }

    /** One transaction: a failed import leaves nothing behind. */
    public Article importArticle(ArticleRequest request, AppUser importer) {
        if (request == null) {
            throw Problem.badRequest("Send the article as JSON: title, text, and optionally language, url, outlet, "
                    + "publishedAt.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String text = withinLimitNormalized(request.text());
        if (text.isBlank()) {
            errors.add(new Problem.FieldError("text", "The article text is empty."));
        }
        String title = request.title() == null ? "" : TextNormalizer.normalizeTitle(request.title());
        if (title.isEmpty() && !text.isBlank()) {
            title = firstLine(text);
        }
        if (title.isEmpty()) {
            errors.add(new Problem.FieldError("title", "Give the article a title."));
        } else if (title.length() > 500) {
            errors.add(new Problem.FieldError("title", "A title has at most 500 characters."));
        }
        String language = checkLanguage(request.language(), text, errors);
        String url = checkUrl(request.url(), "url", errors);
        String outlet = blankToNull(request.outlet());
        if (outlet != null && outlet.length() > 300) {
            errors.add(new Problem.FieldError("outlet", "An outlet name has at most 300 characters."));
        }
        OffsetDateTime publishedAt = parseDate(request.publishedAt(), "publishedAt", errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }

        Article article = new Article();
        article.title = title;
        article.text = text;
        article.language = language;
        article.direction = LanguageDetector.direction(language);
        article.url = url;
        article.outlet = outlet;
        article.publishedAt = publishedAt;
        article.createdBy = importer;
        Segmenter.Segmentation segmentation = Segmenter.segment(text, language);
        article.persist();
        insertParagraphs(article.id, segmentation.paragraphs());
        insertSentences(article.id, text, segmentation.sentences());
        suggestions.rescore(article.id, language); // docs/suggestions.md: every sentence gets its score
        ArticleRevision.add(article.id, 1, text, importer); // docs/text-revisions.md: revision 1 is the import
        return article;
    }

    /** All paragraphs in one statement; the entity reads them back through its element collection. */
    static void insertParagraphs(long articleId, List<Segmenter.Span> spans) {
        Integer[] index = new Integer[spans.size()];
        Integer[] start = new Integer[spans.size()];
        Integer[] end = new Integer[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            index[i] = i;
            start[i] = spans.get(i).start();
            end[i] = spans.get(i).end();
        }
        Article.getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement("insert into paragraph (article_id, idx, start_cp, end_cp)"
                    + " select ?, * from unnest(?::int[], ?::int[], ?::int[])")) {
                insert.setLong(1, articleId);
                insert.setArray(2, connection.createArrayOf("integer", index));
                insert.setArray(3, connection.createArrayOf("integer", start));
                insert.setArray(4, connection.createArrayOf("integer", end));
                insert.executeUpdate();
            }
        });
    }

    /**
     * All sentences in one statement (arrays unnested by PostgreSQL): a big article has thousands, and identity
     * keys would otherwise cost one round trip each. Texts are cut from the code points once, not rescanned.
     */
    static void insertSentences(long articleId, String text, List<Segmenter.SentenceSpan> spans) {
        int[] codePoints = text.codePoints().toArray();
        int n = spans.size();
        Integer[] index = new Integer[n];
        Integer[] paragraph = new Integer[n];
        Integer[] start = new Integer[n];
        Integer[] end = new Integer[n];
        String[] texts = new String[n];
        for (int i = 0; i < n; i++) {
            Segmenter.SentenceSpan span = spans.get(i);
            index[i] = i;
            paragraph[i] = span.paragraphIndex();
            start[i] = span.start();
            end[i] = span.end();
            texts[i] = new String(codePoints, span.start(), span.end() - span.start());
        }
        Article.getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement("insert into sentence (article_id, idx, paragraph_index,"
                    + " start_cp, end_cp, text) select ?, * from unnest(?::int[], ?::int[], ?::int[], ?::int[],"
                    + " ?::text[])")) {
                insert.setLong(1, articleId);
                insert.setArray(2, connection.createArrayOf("integer", index));
                insert.setArray(3, connection.createArrayOf("integer", paragraph));
                insert.setArray(4, connection.createArrayOf("integer", start));
                insert.setArray(5, connection.createArrayOf("integer", end));
                insert.setArray(6, connection.createArrayOf("text", texts));
                insert.executeUpdate();
            }
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleView view(long id) {
        Article article = find(id);
        List<Sentence> sentences = Sentence.forArticle(id);
        return ArticleView.of(article, sentences, ArticleStats.forArticles(List.of(id)).get(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Article find(long id) {
        return Article.<Article>findByIdOptional(id).orElseThrow(() -> Problem.notFound("article", id));
    }

    /**
     * The article with its row locked until the transaction ends, so writes to one article take turns: a text
     * revision re-anchors every claim and note, and one saved meanwhile would point at sentences about to go.
     */
    public Article findForChange(long id) {
        return Article.<Article>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problem.notFound("article", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ArticleSummary> list(String status, String q, int page, int size) {
        Page.check(page, size);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null && !status.isBlank()) {
            params.and("status", EnumKeys.find(ArticleStatus.class, status).orElseThrow(() -> Problem.invalid(
                    "status", "Unknown status '" + status + "': use " + EnumKeys.choices(ArticleStatus.class) + ".")));
            where.append(" and status = :status");
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(title) like :q or lower(coalesce(outlet, '')) like :q)");
            params.and("q", "%" + q.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        var query = Article.find(where + " order by createdAt desc, id desc", params);
        long total = query.count();
        List<Article> articles = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        Map<Long, ArticleStats> stats = ArticleStats.forArticles(articles.stream().map(a -> a.id).toList());
        return new Page<>(articles.stream().map(a -> ArticleSummary.of(a, stats.get(a.id))).toList(), page, size,
                total);
    }

    /** API.md: {@code reviewed} needs every claim approved; {@code published} locks the article. */
    public Article patch(long id, ArticlePatch patch, AppUser user) {
        if (patch == null || patch.version() == null) {
            throw Problem.invalid("version", "Send the version of the article you changed.");
        }
        Article article = findForChange(id); // the claims' approvals are counted below, under the lock
        if (patch.version() != article.version) {
            throw Problem.conflict("Someone changed this article in the meantime.", summary(article));
        }
        ArticleStatus target = patch.status() == null ? null : EnumKeys.find(ArticleStatus.class, patch.status())
                .orElseThrow(() -> Problem.invalid("status", "Unknown status '" + patch.status() + "': use "
                        + EnumKeys.choices(ArticleStatus.class) + "."));
        String title = patch.title() == null ? null : TextNormalizer.normalizeTitle(patch.title());
        if (title != null && (title.isEmpty() || title.length() > 500)) {
            throw Problem.invalid("title", "A title has 1 to 500 characters.");
        }
        String factcheckUrl = factcheckUrl(patch.factcheckUrl());
        // where the fact-check was published is known once the story is out: recorded on a published article too
        boolean onlyFactcheckUrl = patch.factcheckUrl() != null && title == null && patch.assignee() == null
                && target == null;
        if (article.isLocked() && !onlyFactcheckUrl
                && (title != null || patch.assignee() != null || target != ArticleStatus.IN_REVIEW)) {
            throw Problem.conflict("This article is published; reopen it (status in_review) before changing it.",
                    summary(article));
        }
        String correction = patch.correctionNote() == null ? null : patch.correctionNote().strip();
        if (article.isLocked() && target == ArticleStatus.IN_REVIEW) {
            if (correction == null || correction.isEmpty()) {
                throw Problem.invalid("correctionNote", "Say what is being corrected: the note appears in the "
                        + "reports of this article.");
            }
            if (correction.length() > 5000) {
                throw Problem.invalid("correctionNote", "A correction note has at most 5,000 characters.");
            }
        }
        AppUser assignee = null;
        if (patch.assignee() != null && !patch.assignee().isBlank()) {
            assignee = AppUser.findByUsername(patch.assignee().strip()).filter(u -> u.active && u.has(Role.CHECKER))
                    .orElseThrow(() -> Problem.invalid("assignee",
                            "There is no active checker called '" + patch.assignee() + "'."));
        }
        if (target != null && target != article.status) {
            if (!article.status.next().contains(target)) {
                throw Problem.conflict("An article cannot go from " + article.status.key() + " to " + target.key()
                        + ".", summary(article));
            }
            if (target == ArticleStatus.REVIEWED) {
                long notApproved = Claim.count("articleId = ?1 and status != ?2", id, ClaimStatus.APPROVED);
                if (notApproved > 0) {
                    throw Problem.conflict(notApproved + " claim(s) still need an approved verdict before the "
                            + "article is reviewed.", summary(article));
                }
            }
            history.record(id, null, user, "status", "status", article.status.key(), target.key());
            if (article.status == ArticleStatus.PUBLISHED) {
                ArticleCorrection.add(article, correction, user);
                history.record(id, null, user, "corrected", "correction", null, correction);
            }
            article.status = target;
        }
        if (title != null && !title.equals(article.title)) {
            history.record(id, null, user, "edited", "title", article.title, title);
            article.title = title;
        }
        if (patch.factcheckUrl() != null && !java.util.Objects.equals(factcheckUrl, article.factcheckUrl)) {
            history.record(id, null, user, "edited", "factcheckUrl", article.factcheckUrl, factcheckUrl);
            article.factcheckUrl = factcheckUrl;
        }
        if (patch.assignee() != null) {
            String from = article.assignee == null ? null : article.assignee.username;
            String to = assignee == null ? null : assignee.username;
            if (!java.util.Objects.equals(from, to)) {
                history.record(id, null, user, "assigned", "assignee", from, to);
                article.assignee = assignee;
            }
        }
        article.updatedAt = OffsetDateTime.now();
        Article.flush();
        events.publish(id, "article.updated", id, article.version, user.username);
        return article;
    }

    public ArticleSummary summary(Article article) {
        return ArticleSummary.of(article, ArticleStats.forArticles(List.of(article.id)).get(article.id));
    }

    private static String checkLanguage(String requested, String text, List<Problem.FieldError> errors) {
        if (requested == null || requested.isBlank()) {
            return text.isBlank() ? "und" : LanguageDetector.detect(text);
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(requested.strip()).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            errors.add(new Problem.FieldError("language",
                    "'" + requested + "' is not a language tag; use BCP-47 such as ar, en or fr-CA."));
            return null;
        }
    }

    /** Only absolute http(s) URLs are kept: anything else could become a script link on a page. */
    public static String checkUrl(String value, String field, List<Problem.FieldError> errors) {
        String url = blankToNull(value);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || url.length() > 2000) {
                errors.add(new Problem.FieldError(field, "Give an absolute http:// or https:// address."));
                return null;
            }
            return url;
        } catch (URISyntaxException e) {
            errors.add(new Problem.FieldError(field, "'" + url + "' is not a valid address."));
            return null;
        }
    }

    /**
     * Where a fact-check was published: an absolute http(s) address, or null for "" (forget it). 400 naming
     * {@code factcheckUrl} otherwise.
     */
    public static String factcheckUrl(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String url = checkUrl(value.strip(), "factcheckUrl", errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        return url;
    }

    /** ISO-8601 with offset, or a plain date (taken as midnight UTC). */
    public static OffsetDateTime parseDate(String value, String field, List<Problem.FieldError> errors) {
        String date = blankToNull(value);
        if (date == null) {
            return null;
        }
        try {
            return date.length() == 10 ? LocalDate.parse(date).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(date);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field,
                    "'" + date + "' is not a date; use 2022-09-13 or 2022-09-13T06:00:00Z."));
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, line.offsetByCodePoints(0, 200)) : line;
    }
}
