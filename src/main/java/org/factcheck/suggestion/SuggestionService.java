package org.factcheck.suggestion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factcheck.article.Article;
import org.factcheck.article.ArticleChangeGuard;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimRequest;
import org.factcheck.claim.ClaimService;
import org.factcheck.config.FactcheckConfig;
import org.factcheck.review.LiveEvents;
import org.factcheck.user.AppUser;
import org.factcheck.web.Problem;
import org.hibernate.Session;

/**
 * Suggested claims (docs/suggestions.md): scores every sentence at import and after every change of the text, lists
 * the open suggestions above the threshold, and records the desk's accept/dismiss. Accepting creates the claim
 * through {@link ClaimService#create}, so its rules, history and events are those of a claim made by hand.
 */
@ApplicationScoped
@Transactional
public class SuggestionService {

    @Inject
    ClaimService claims;
    @Inject
    ArticleChangeGuard guard;
    @Inject
    LiveEvents events;
    @Inject
    SuggestionModels models;

    @Inject
    FactcheckConfig config;

    public double threshold() {
        return config.suggestions().threshold();
    }

    /**
     * Brings the article's suggestions in line with its sentences, in a fixed number of statements: a sentence
     * without a row gets one (the row its text had before, if a revision removed it, so a dismissal holds for an
     * unchanged sentence; else a new score); a row whose sentence's text changed is scored again and opened, its
     * decision kept apart as an example; rows of vanished sentences go unless they hold a decision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rescore(long articleId, String language) {
        Suggester suggester = models.current();
        Article.getEntityManager().flush();
        Article.getEntityManager().unwrap(Session.class).doWork(c -> rescore(c, articleId, language, suggester));
    }

    private static void rescore(Connection c, long articleId, String language, Suggester suggester)
            throws SQLException {
        Map<String, Deque<Long>> orphans = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("select id, sentence_text from sentence_suggestion"
                + " where article_id = ? and sentence_id is null order by id")) {
            q.setLong(1, articleId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    orphans.computeIfAbsent(r.getString(2), t -> new ArrayDeque<>()).add(r.getLong(1));
                }
            }
        }
        List<Object[]> inserts = new ArrayList<>();
        List<long[]> reattach = new ArrayList<>();
        List<Object[]> changed = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select s.id, s.text, g.id, g.sentence_text, g.status"
                + " from sentence s left join sentence_suggestion g on g.sentence_id = s.id where s.article_id = ?")) {
            q.setLong(1, articleId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    long sentenceId = r.getLong(1);
                    String text = r.getString(2);
                    long rowId = r.getLong(3);
                    boolean hasRow = !r.wasNull();
                    if (hasRow && text.equals(r.getString(4))) {
                        continue;
                    }
                    Deque<Long> same = orphans.get(text);
                    if (!hasRow && same != null && !same.isEmpty()) {
                        reattach.add(new long[] {same.poll(), sentenceId});
                        continue;
                    }
                    Suggester.Scored s = suggester.score(text, language);
                    if (hasRow && Suggestion.OPEN.equals(r.getString(5))) {
                        changed.add(new Object[] {rowId, text, s.score(), s.reasonNames()});
                    } else {
                        if (hasRow) {
                            reattach.add(new long[] {rowId, -1}); // the decision stays as an example
                        }
                        inserts.add(new Object[] {sentenceId, text, s.score(), s.reasonNames()});
                    }
                }
            }
        }
        try (PreparedStatement u = c.prepareStatement(
                "update sentence_suggestion set sentence_id = ? where id = ?")) {
            for (long[] pair : reattach) {
                if (pair[1] < 0) {
                    u.setNull(1, java.sql.Types.BIGINT);
                } else {
                    u.setLong(1, pair[1]);
                }
                u.setLong(2, pair[0]);
                u.addBatch();
            }
            // detaching first, in this batch's order, frees a sentence before another row takes it
            u.executeBatch();
        }
        try (PreparedStatement u = c.prepareStatement("update sentence_suggestion set sentence_text = ?, score = ?,"
                + " reasons = ?, version = version + 1 where id = ?")) {
            for (Object[] row : changed) {
                u.setString(1, (String) row[1]);
                u.setFloat(2, (Float) row[2]);
                u.setString(3, (String) row[3]);
                u.setLong(4, (Long) row[0]);
                u.addBatch();
            }
            u.executeBatch();
        }
        if (!inserts.isEmpty()) {
            Long[] ids = new Long[inserts.size()];
            String[] texts = new String[inserts.size()];
            Float[] scores = new Float[inserts.size()];
            String[] reasons = new String[inserts.size()];
            for (int i = 0; i < inserts.size(); i++) {
                Object[] row = inserts.get(i);
                ids[i] = (Long) row[0];
                texts[i] = (String) row[1];
                scores[i] = (Float) row[2];
                reasons[i] = (String) row[3];
            }
            try (PreparedStatement insert = c.prepareStatement("insert into sentence_suggestion (article_id,"
                    + " language, sentence_id, sentence_text, score, reasons) select ?, ?, * from"
                    + " unnest(?::bigint[], ?::text[], ?::real[], ?::text[])")) {
                insert.setLong(1, articleId);
                insert.setString(2, language);
                insert.setArray(3, c.createArrayOf("bigint", ids));
                insert.setArray(4, c.createArrayOf("text", texts));
                insert.setArray(5, c.createArrayOf("real", scores));
                insert.setArray(6, c.createArrayOf("text", reasons));
                insert.executeUpdate();
            }
        }
        try (PreparedStatement d = c.prepareStatement("delete from sentence_suggestion where article_id = ?"
                + " and sentence_id is null and status = 'open'")) {
            d.setLong(1, articleId);
            d.executeUpdate();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Suggestion> open(long articleId) {
        Article.<Article>findByIdOptional(articleId).orElseThrow(() -> Problem.notFound("article", articleId));
        return Suggestion.open(articleId, threshold());
    }

    /** 404 unless the suggestion belongs to the article the page names. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireInArticle(long articleId, long suggestionId) {
        Suggestion.<Suggestion>findByIdOptional(suggestionId).filter(s -> s.articleId == articleId)
                .orElseThrow(() -> Problem.notFound("suggestion", suggestionId));
    }

    /** Creates the claim on the suggested sentence, as {@code POST /api/articles/{id}/claims} with its id. */
    public Suggestion accept(long suggestionId, AppUser user) {
        Suggestion s = openSuggestion(suggestionId);
        Claim claim = claims.create(s.articleId, new ClaimRequest(s.sentenceId, null, null, null, null, null), user);
        s.claimId = claim.id;
        return decide(s, Suggestion.ACCEPTED, user);
    }

    /** Kept with who and when; the sentence is not suggested again while its text stays the same. */
    public Suggestion dismiss(long suggestionId, AppUser user) {
        Suggestion s = openSuggestion(suggestionId);
        guard.requireWritable(s.articleId);
        return decide(s, Suggestion.DISMISSED, user);
    }

    private Suggestion openSuggestion(long suggestionId) {
        Suggestion s = Suggestion.<Suggestion>findByIdOptional(suggestionId)
                .orElseThrow(() -> Problem.notFound("suggestion", suggestionId));
        if (s.sentenceId == null) {
            throw Problem.conflict("The sentence of this suggestion is no longer in the article.", null);
        }
        if (!Suggestion.OPEN.equals(s.status)) {
            throw Problem.conflict("This suggestion was already " + s.status + " by "
                    + (s.decidedBy == null ? "someone" : s.decidedBy.username) + ".", null);
        }
        return s;
    }

    private Suggestion decide(Suggestion s, String status, AppUser user) {
        s.status = status;
        s.decidedBy = user;
        s.decidedAt = OffsetDateTime.now();
        Suggestion.flush();
        events.publish(s.articleId, "suggestion." + status, s.id, s.version, user.username);
        return s;
    }
}
