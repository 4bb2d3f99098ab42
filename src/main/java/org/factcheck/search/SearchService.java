package org.factcheck.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factcheck.article.ArticleStatus;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.claim.Verdict;
import org.factcheck.web.EnumKeys;
import org.factcheck.web.Page;
import org.factcheck.web.Problem;

/**
 * Full-text search over articles, claims and sources (API.md: {@code GET /api/search}; docs/search.md).
 *
 * <p>The database does the matching: generated tsvector columns with GIN indexes (db-migrations/V9__search.sql),
 * documents and query folded by {@code search_fold}, the query parsed with the simple, English, French and Arabic
 * configurations at once. One statement answers the page (with each hit's headline), one the total.
 */
@ApplicationScoped
public class SearchService {

    /** Longer queries are refused: nobody types them, and they would only cost the database. */
    public static final int MAX_QUERY_CHARS = 500;
    public static final int DEFAULT_SIZE = 50;

    public enum Type {
        ARTICLE, CLAIM, SOURCE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What was asked, checked: {@link #check} turns raw parameters into this or a 400 naming each bad field. */
    public record Criteria(String q, Type type, String status, String verdict, String language, int page, int size) {
    }

    @Inject
    EntityManager em;

    /** Validates the raw query parameters (all optional except {@code q}); every bad one is named. */
    public static Criteria check(String q, String type, String status, String verdict, String language,
            String page, String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            errors.add(new Problem.FieldError("q", "Type the words to search for."));
        } else if (query.codePointCount(0, query.length()) > MAX_QUERY_CHARS) {
            errors.add(new Problem.FieldError("q", "A search has at most " + MAX_QUERY_CHARS + " characters."));
        }
        Type kind = null;
        if (present(type)) {
            try {
                kind = Type.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("type", "Unknown type '" + type
                        + "': use article, claim or source (or leave it out for all three)."));
            }
        }
        String statusKey = present(status) ? status.strip() : null;
        if (statusKey != null) {
            boolean article = isArticleStatus(statusKey);
            boolean claim = isClaimStatus(statusKey);
            if (kind == Type.SOURCE) {
                errors.add(new Problem.FieldError("status", "Sources have no status."));
            } else if (kind == Type.ARTICLE && !article) {
                errors.add(new Problem.FieldError("status", "Unknown article status '" + statusKey
                        + "': use " + EnumKeys.choices(ArticleStatus.class) + "."));
            } else if (kind == Type.CLAIM && !claim) {
                errors.add(new Problem.FieldError("status", "Unknown claim status '" + statusKey
                        + "': use " + EnumKeys.choices(ClaimStatus.class) + "."));
            } else if (!article && !claim) {
                errors.add(new Problem.FieldError("status", "Unknown status '" + statusKey
                        + "': an article status (draft, in_review, reviewed, published) or a claim status (open,"
                        + " proposed, approved)."));
            }
        }
        String verdictKey = present(verdict) ? verdict.strip() : null;
        if (verdictKey != null) {
            if (EnumKeys.find(Verdict.class, verdictKey).isEmpty()) {
                errors.add(new Problem.FieldError("verdict", "Unknown verdict '" + verdictKey + "': use "
                        + EnumKeys.choices(Verdict.class) + "."));
            } else if (kind == Type.ARTICLE || kind == Type.SOURCE) {
                errors.add(new Problem.FieldError("verdict", "Only claims have a verdict."));
            }
        }
        String lang = present(language) ? language.strip().toLowerCase(Locale.ROOT) : null;
        if (lang != null && !lang.matches("[a-z]{2,3}(-[a-z0-9]{1,8})*")) {
            errors.add(new Problem.FieldError("language", "Give a language tag such as ar, en or fr."));
        } else if (lang != null && kind == Type.SOURCE) {
            errors.add(new Problem.FieldError("language", "Sources have no language."));
        }
        int pageNumber = number(page, 0, "page", errors);
        int pageSize = number(size, DEFAULT_SIZE, "size", errors);
        if (errors.stream().noneMatch(e -> e.field().equals("page") || e.field().equals("size"))) {
            try {
                Page.check(pageNumber, pageSize);
            } catch (Problem p) {
                errors.addAll(p.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        return new Criteria(query, kind, statusKey, verdictKey, lang, pageNumber, pageSize);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SearchHit> search(Criteria c) {
        String hits = hits(c);
        String countSql = "with q as materialized (" + QUERY + ") select count(*) from (" + hits + ") h";
        Query count = em.createNativeQuery(countSql);
        bind(count, countSql, c);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0 || (long) c.page() * c.size() >= total) {
            return new Page<>(List.of(), c.page(), c.size(), total);
        }
        // the page first, then the headlines: ts_headline re-reads a whole document, so only for the shown hits
        String pageSql = "with q as materialized (" + QUERY + "),"
                + " page as (select * from (" + hits + ") h order by rank desc, type_order, id desc"
                + " limit :limit offset :offset)"
                + " select p.type, p.id, p.article_id, p.title, p.status, p.verdict, p.language, p.rank,"
                + " p.doc, ts_headline(p.cfg, search_fold(p.doc), q.query, :options), p.article_title"
                + " from page p, q order by p.rank desc, p.type_order, p.id desc";
        Query rows = em.createNativeQuery(pageSql);
        bind(rows, pageSql, c);
        rows.setParameter("limit", c.size()).setParameter("offset", (long) c.page() * c.size())
                .setParameter("options", "StartSel=" + Snippet.START + ", StopSel=" + Snippet.STOP
                        + ", MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=0");
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.getResultList();
        List<SearchHit> items = new ArrayList<>(result.size());
        for (Object[] r : result) {
            items.add(SearchHit.of((String) r[0], ((Number) r[1]).longValue(),
                    r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], ((Number) r[7]).doubleValue(), Snippet.of((String) r[8], (String) r[9]),
                    (String) r[10]));
        }
        return new Page<>(items, c.page(), c.size(), total);
    }

    /**
     * The query in every configuration a document may have been indexed with (search_config,
     * search_vector_any), ORed: a word matches in whichever of them the document speaks.
     */
    private static final String QUERY = "select websearch_to_tsquery('simple', f) || websearch_to_tsquery('english', f)"
            + " || websearch_to_tsquery('french', f) || websearch_to_tsquery('arabic', f) as query"
            + " from (select search_fold(:q) as f) folded";

    /**
     * The hits of the asked types as one union: type, id, article id, title, status, verdict, language, rank,
     * the document the snippet comes from, the configuration to read it with, and the claim's article title.
     */
    private static String hits(Criteria c) {
        List<String> parts = new ArrayList<>();
        boolean articleStatus = c.status() != null && isArticleStatus(c.status());
        boolean claimStatus = c.status() != null && isClaimStatus(c.status());
        if (wants(c, Type.ARTICLE) && c.verdict() == null && (c.status() == null || articleStatus)) {
            parts.add("select 'article' as type, 0 as type_order, a.id, a.id as article_id, a.title, a.status,"
                    + " cast(null as varchar) as verdict, a.language, ts_rank(a.search_vector, q.query) as rank,"
                    + " a.text as doc, search_config(a.language) as cfg, cast(null as varchar) as article_title"
                    + " from article a, q where a.search_vector @@ q.query"
                    + (articleStatus ? " and a.status = :status" : "")
                    + (c.language() != null ? LANGUAGE.formatted("a") : ""));
        }
        if (wants(c, Type.CLAIM) && (c.status() == null || claimStatus)) {
            parts.add("select 'claim', 1, c.id, c.article_id, c.quote, c.status, c.verdict, a.language,"
                    + " ts_rank(c.search_vector, q.query),"
                    + " concat_ws(chr(10), c.quote, c.text, c.claimant), search_config(a.language), a.title"
                    + " from claim c join article a on a.id = c.article_id, q where c.search_vector @@ q.query"
                    + (claimStatus ? " and c.status = :status" : "")
                    + (c.verdict() != null ? " and c.verdict = :verdict" : "")
                    + (c.language() != null ? LANGUAGE.formatted("a") : ""));
        }
        if (wants(c, Type.SOURCE) && c.status() == null && c.verdict() == null && c.language() == null) {
            // a source is found by its own fields or by its page copies; the snippet comes from where it matched
            parts.add("select 'source', 2, s.id, null, s.title, null, null, null,"
                    + " greatest(ts_rank(s.search_vector, q.query), coalesce(m.rank, 0)),"
                    + " case when s.search_vector @@ q.query then concat_ws(chr(10), s.title, s.publisher, s.url)"
                    + " else m.doc end, cast('simple' as regconfig), null"
                    + " from source s cross join q left join lateral (select ts_rank(ss.search_vector, q.query) as rank,"
                    + " concat_ws(chr(10), ss.title, left(ss.text, 100000)) as doc from source_snapshot ss"
                    + " where ss.source_id = s.id and ss.search_vector @@ q.query order by ss.id limit 1) m on true"
                    + " where s.id in (select x.id from source x where x.search_vector @@ q.query union"
                    + " select ss.source_id from source_snapshot ss where ss.search_vector @@ q.query)");
        }
        if (parts.isEmpty()) {
            parts.add("select 'none', 9, 0, null, null, null, null, null, 0.0, null, cast('simple' as regconfig), null"
                    + " from q where false");
        }
        return "select * from (" + String.join(" union all ", parts) + ") as hit(type, type_order, id, article_id,"
                + " title, status, verdict, language, rank, doc, cfg, article_title)";
    }

    /** The language tag or one of its sub-tags: "ar" matches "ar" and "ar-EG". */
    private static final String LANGUAGE = " and (lower(%1$s.language) = :language"
            + " or lower(%1$s.language) like :languagePrefix)";

    private static void bind(Query query, String sql, Criteria c) {
        query.setParameter("q", c.q());
        if (sql.contains(":status")) {
            query.setParameter("status", c.status());
        }
        if (sql.contains(":verdict")) {
            query.setParameter("verdict", c.verdict());
        }
        if (sql.contains(":language")) {
            query.setParameter("language", c.language());
            query.setParameter("languagePrefix", c.language().replace("%", "").replace("_", "") + "-%");
        }
    }

    private static boolean wants(Criteria c, Type type) {
        return c.type() == null || c.type() == type;
    }

    private static boolean isArticleStatus(String key) {
        return EnumKeys.find(ArticleStatus.class, key).isPresent();
    }

    private static boolean isClaimStatus(String key) {
        return EnumKeys.find(ClaimStatus.class, key).isPresent();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static int number(String value, int fallback, String field, List<Problem.FieldError> errors) {
        if (!present(value)) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, "'" + value + "' is not a number."));
            return fallback;
        }
    }
}
