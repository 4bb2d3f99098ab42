package org.factcheck.claim;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factcheck.article.Article;
import org.factcheck.article.ArticleChangeGuard;
import org.factcheck.article.ArticleService;
import org.factcheck.article.Sentence;
import org.factcheck.review.History;
import org.factcheck.review.LiveEvents;
import org.factcheck.source.Source;
import org.factcheck.source.SourceService;
import org.factcheck.text.CodePoints;
import org.factcheck.text.IndexedText;
import org.factcheck.user.AppUser;
import org.factcheck.user.Role;
import org.factcheck.web.EnumKeys;
import org.factcheck.web.Problem;

/**
 * The claim workflow (API.md: claims): creating claims on sentences or spans, proposing verdicts, four-eyes
 * approval, rejection, evidence. Each method is one transaction, checks the version the client based its change
 * on, and records what changed in the claim's history.
 */
@ApplicationScoped
@Transactional
public class ClaimService {

    @Inject
    ArticleChangeGuard guard;
    @Inject
    SourceService sources;
    @Inject
    History history;
    @Inject
    LiveEvents events;

    public Claim create(long articleId, ClaimRequest request, AppUser user) {
        Article article = guard.requireWritable(articleId);
        if (request == null) {
            throw Problem.badRequest("Send either sentenceId or start and end (code points).");
        }
        Sentence sentence;
        int start;
        int end;
        if (request.sentenceId() != null) {
            if (request.start() != null || request.end() != null) {
                throw Problem.invalid("sentenceId", "Send either sentenceId or start and end, not both.");
            }
            sentence = Sentence.<Sentence>findByIdOptional(request.sentenceId())
                    .filter(s -> s.articleId == articleId)
                    .orElseThrow(() -> Problem.invalid("sentenceId",
                            "Sentence " + request.sentenceId() + " is not part of article " + articleId + "."));
            start = sentence.start;
            end = sentence.end;
        } else {
            if (request.start() == null || request.end() == null) {
                throw Problem.invalid("start", "Send either sentenceId or both start and end.");
            }
            guard.requireQuote(article, request.start(), request.end(), request.quote());
            Span span = span(article, request.start(), request.end());
            sentence = span.sentence();
            start = span.start();
            end = span.end();
        }
        Claim claim = newClaim(article, sentence.id, start, end, CodePoints.substring(article.text, start, end),
                optionalText(request.text(), "text", MAX_TEXT),
                optionalText(request.claimant(), "claimant", MAX_CLAIMANT), user);
        record(claim, user, "created", null, null, claim.quote);
        events.publish(articleId, "claim.created", claim.id, claim.version, user.username);
        return claim;
    }

    public static final int MAX_TEXT = 2000;
    public static final int MAX_CLAIMANT = 300;
    public static final int MAX_RATIONALE = 10000;

    /**
     * A claim checked beforehand by the importer (annotation/WebAnnotationService): span inside sentence
     * {@code sentenceId}, texts within their limits, a verdict other than unreviewed comes with its rationale.
     */
    public record NewClaim(long sentenceId, int start, int end, String text, String claimant, Verdict verdict,
            boolean proposed, String rationale) {
    }

    /** Where a claim given by offsets goes: its span without outer white space, and the sentence holding it. */
    public record Span(Sentence sentence, int start, int end) {
    }

    /**
     * The rules for a claim's span (code points of the article text): inside the text, not only white space
     * (which is trimmed off its edges, as a mouse selection takes some along), inside one sentence. New claims
     * and orphaned claims given a new place follow them alike.
     */
    public static Span span(Article article, int start, int end) {
        int[] trimmed = trimmedSpan(new IndexedText(article.text), start, end);
        Sentence sentence = Sentence.<Sentence>find("articleId = ?1 and start <= ?2 and end >= ?3", article.id,
                trimmed[0], trimmed[1]).firstResultOptional()
                .orElseThrow(() -> Problem.invalid("start", "A claim lies inside one sentence; this span "
                        + trimmed[0] + "–" + trimmed[1] + " crosses a sentence boundary."));
        return new Span(sentence, trimmed[0], trimmed[1]);
    }

    /** A span inside the text and not only white space, without the white space at its edges. */
    public static int[] trimmedSpan(IndexedText text, int start, int end) {
        int length = text.length();
        if (start < 0 || end > length || start >= end) {
            throw Problem.invalid("start", "The span " + start + "–" + end + " is not inside the article (0–"
                    + length + ", start before end).");
        }
        int[] trimmed = text.trim(start, end);
        if (trimmed == null) {
            throw Problem.invalid("start", "The span holds only white space.");
        }
        return trimmed;
    }

    /**
     * Many claims at once (W3C import): the same entity and history as {@link #create} and, for a verdict, as a
     * proposal; one history lock and one NOTIFY for all instead of one round of each per claim. A verdict that
     * was approved elsewhere comes in as proposed by the importing user: approval needs a second editor here
     * (four-eyes rule).
     */
    public List<Claim> createAll(Article article, IndexedText text, List<NewClaim> claims, AppUser user) {
        History.Chain chain = history.chain();
        List<LiveEvents.Event> changes = new ArrayList<>();
        List<Claim> created = new ArrayList<>();
        for (NewClaim n : claims) {
            Claim claim = newClaim(article, n.sentenceId(), n.start(), n.end(), text.substring(n.start(), n.end()),
                    n.text(), n.claimant(), user);
            chain.record(article.id, claim.id, user, "created", null, null, claim.quote);
            if (n.verdict() != Verdict.UNREVIEWED) {
                // the order PATCH writes them in: rationale, verdict, status
                claim.rationale = n.rationale();
                chain.record(article.id, claim.id, user, "edited", "rationale", null, claim.rationale);
                claim.verdict = n.verdict();
                chain.record(article.id, claim.id, user, "verdict", "verdict", Verdict.UNREVIEWED.key(),
                        claim.verdict.key());
                if (n.proposed()) {
                    claim.status = ClaimStatus.PROPOSED;
                    claim.proposedBy = user;
                    claim.proposedAt = OffsetDateTime.now();
                    chain.record(article.id, claim.id, user, "status", "status", ClaimStatus.OPEN.key(),
                            ClaimStatus.PROPOSED.key());
                }
            }
            created.add(claim);
        }
        Claim.flush();
        for (Claim claim : created) {
            changes.add(new LiveEvents.Event("claim.created", claim.id, claim.version, user.username));
        }
        events.publishAll(article.id, changes);
        return created;
    }

    private static Claim newClaim(Article article, long sentenceId, int start, int end, String quote,
            String text, String claimant, AppUser user) {
        Claim claim = new Claim();
        claim.articleId = article.id;
        claim.sentenceId = sentenceId;
        claim.start = start;
        claim.end = end;
        claim.quote = quote;
        claim.text = text;
        claim.claimant = claimant;
        claim.createdBy = user;
        claim.refreshMatchText();
        claim.persist();
        return claim;
    }

    public Claim update(long claimId, ClaimPatch patch, AppUser user) {
        boolean onlyFactcheckUrl = false;
        if (patch != null && patch.factcheckUrl() != null) {
            if (!user.has(Role.EDITOR)) {
                throw Problem.forbidden("Only editors record where a fact-check was published.");
            }
            // where the fact-check was published is known once the story is out: recorded on a published one too
            onlyFactcheckUrl = patch.verdict() == null && patch.rationale() == null && patch.text() == null
                    && patch.claimant() == null && patch.assignee() == null;
        }
        Claim claim = findForWrite(claimId, patch == null ? null : patch.version(), onlyFactcheckUrl);
        List<Problem.FieldError> errors = new ArrayList<>();
        Verdict verdict = null;
        if (patch.verdict() != null) {
            verdict = EnumKeys.find(Verdict.class, patch.verdict()).orElse(null);
            if (verdict == null) {
                errors.add(new Problem.FieldError("verdict", "Unknown verdict '" + patch.verdict() + "': use "
                        + EnumKeys.choices(Verdict.class) + "."));
            }
        }
        AppUser assignee = null;
        if (patch.assignee() != null && !patch.assignee().isBlank()) {
            assignee = AppUser.findByUsername(patch.assignee().strip()).filter(u -> u.active && u.has(Role.CHECKER))
                    .orElse(null);
            if (assignee == null) {
                errors.add(new Problem.FieldError("assignee",
                        "There is no active checker called '" + patch.assignee() + "'."));
            }
        }
        boolean verdictChanges = verdict != null && (verdict != claim.verdict || claim.status == ClaimStatus.OPEN)
                && verdict != Verdict.UNREVIEWED;
        if (verdictChanges && (patch.rationale() == null || patch.rationale().isBlank())) {
            errors.add(new Problem.FieldError("rationale", "Give the reason for this verdict (the rationale); it is "
                    + "kept in the history."));
        }
        if (patch.rationale() != null && patch.rationale().length() > MAX_RATIONALE) {
            errors.add(new Problem.FieldError("rationale", "A rationale has at most 10,000 characters."));
        }
        if (patch.text() != null && patch.text().length() > MAX_TEXT) {
            errors.add(new Problem.FieldError("text", "A restated claim has at most 2,000 characters."));
        }
        if (patch.claimant() != null && patch.claimant().length() > MAX_CLAIMANT) {
            errors.add(new Problem.FieldError("claimant", "A claimant has at most 300 characters."));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        if (patch.text() != null) {
            change(claim, user, "text", claim.text, blankToNull(patch.text()), v -> claim.text = v);
        }
        if (patch.claimant() != null) {
            change(claim, user, "claimant", claim.claimant, blankToNull(patch.claimant()), v -> claim.claimant = v);
        }
        if (patch.rationale() != null) {
            change(claim, user, "rationale", claim.rationale, blankToNull(patch.rationale()),
                    v -> claim.rationale = v);
        }
        if (patch.factcheckUrl() != null) {
            change(claim, user, "factcheckUrl", claim.factcheckUrl, ArticleService.factcheckUrl(patch.factcheckUrl()),
                    v -> claim.factcheckUrl = v);
        }
        if (patch.assignee() != null) {
            String to = assignee == null ? null : assignee.username;
            String from = claim.assignee == null ? null : claim.assignee.username;
            if (!Objects.equals(from, to)) {
                claim.assignee = assignee;
                record(claim, user, "assigned", "assignee", from, to);
            }
        }
        if (verdict != null) {
            propose(claim, verdict, user);
        }
        claim.refreshMatchText();
        claim.updatedAt = OffsetDateTime.now();
        Claim.flush();
        events.publish(claim.articleId, "claim.updated", claim.id, claim.version, user.username);
        return claim;
    }

    /** Setting a verdict proposes it (API.md); changing an approved verdict sends it back for approval. */
    private void propose(Claim claim, Verdict verdict, AppUser user) {
        Verdict before = claim.verdict;
        ClaimStatus statusBefore = claim.status;
        if (verdict == Verdict.UNREVIEWED) {
            claim.verdict = verdict;
            claim.status = ClaimStatus.OPEN;
            claim.proposedBy = null;
            claim.proposedAt = null;
        } else if (verdict != before || claim.status == ClaimStatus.OPEN) {
            claim.verdict = verdict;
            claim.status = ClaimStatus.PROPOSED;
            claim.proposedBy = user;
            claim.proposedAt = OffsetDateTime.now();
        }
        if (claim.status != ClaimStatus.APPROVED) {
            claim.approvedBy = null;
            claim.approvedAt = null;
        }
        if (before != claim.verdict) {
            record(claim, user, "verdict", "verdict", before.key(), claim.verdict.key());
        }
        if (statusBefore != claim.status) {
            record(claim, user, "status", "status", statusBefore.key(), claim.status.key());
        }
    }

    /** Four-eyes rule (API.md): an editor who did not propose the verdict approves it. */
    public Claim approve(long claimId, DecisionRequest request, AppUser editor) {
        Claim claim = findForWrite(claimId, request == null ? null : request.version());
        if (claim.status != ClaimStatus.PROPOSED) {
            throw Problem.conflict("Only a proposed verdict can be approved; this claim is " + claim.status.key()
                    + ".", ClaimView.of(claim));
        }
        if (claim.proposedBy != null && claim.proposedBy.id.equals(editor.id)) {
            throw Problem.forbidden("You proposed this verdict; another editor must approve it (four-eyes rule).");
        }
        claim.status = ClaimStatus.APPROVED;
        claim.approvedBy = editor;
        claim.approvedAt = OffsetDateTime.now();
        if (claim.firstApprovedAt == null) {
            claim.firstApprovedAt = claim.approvedAt;
        }
        claim.rejectionReason = null;
        claim.updatedAt = claim.approvedAt;
        record(claim, editor, "approved", "status", ClaimStatus.PROPOSED.key(), ClaimStatus.APPROVED.key());
        Claim.flush();
        events.publish(claim.articleId, "claim.approved", claim.id, claim.version, editor.username);
        return claim;
    }

    public Claim reject(long claimId, DecisionRequest request, AppUser editor) {
        Claim claim = findForWrite(claimId, request == null ? null : request.version());
        String reason = blankToNull(request.reason());
        if (reason == null) {
            throw Problem.invalid("reason", "Say why the verdict is rejected, so the checker can act on it.");
        }
        if (reason.length() > 2000) {
            throw Problem.invalid("reason", "A reason has at most 2,000 characters.");
        }
        if (claim.status != ClaimStatus.PROPOSED && claim.status != ClaimStatus.APPROVED) {
            throw Problem.conflict("Only a proposed or approved verdict can be rejected; this claim is open.",
                    ClaimView.of(claim));
        }
        ClaimStatus before = claim.status;
        claim.status = ClaimStatus.OPEN;
        claim.approvedBy = null;
        claim.approvedAt = null;
        claim.rejectionReason = reason;
        claim.updatedAt = OffsetDateTime.now();
        record(claim, editor, "rejected", "status", before.key(), ClaimStatus.OPEN.key());
        record(claim, editor, "rejected", "reason", null, reason);
        Claim.flush();
        events.publish(claim.articleId, "claim.rejected", claim.id, claim.version, editor.username);
        return claim;
    }

    public Evidence addEvidence(long claimId, EvidenceRequest request, AppUser user) {
        Claim claim = Claim.<Claim>findByIdOptional(claimId).orElseThrow(() -> Problem.notFound("claim", claimId));
        guard.requireWritable(claim.articleId);
        if (request == null) {
            throw Problem.badRequest("Send the evidence as JSON: source (url, title) or sourceId, and stance.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Stance stance = null;
        try {
            stance = Stance.of(request.stance() == null ? "" : request.stance());
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("stance", "Say whether the source supports, refutes or gives "
                    + "context to the claim (supports, refutes, context)."));
        }
        if (request.excerpt() != null && request.excerpt().length() > 5000) {
            errors.add(new Problem.FieldError("excerpt", "An excerpt has at most 5,000 characters."));
        }
        if (request.note() != null && request.note().length() > 5000) {
            errors.add(new Problem.FieldError("note", "A note has at most 5,000 characters."));
        }
        if ((request.source() == null) == (request.sourceId() == null)) {
            errors.add(new Problem.FieldError("source", "Send either a source (url, title) or a sourceId."));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        Source source = request.sourceId() != null
                ? Source.<Source>findByIdOptional(request.sourceId()).orElseThrow(
                        () -> Problem.invalid("sourceId", "There is no source " + request.sourceId() + "."))
                : sources.findOrCreate(request.source());
        Evidence evidence = new Evidence();
        evidence.claim = claim;
        evidence.source = source;
        evidence.stance = stance;
        evidence.excerpt = blankToNull(request.excerpt());
        evidence.note = blankToNull(request.note());
        evidence.createdBy = user;
        evidence.persist();
        claim.evidence.add(evidence); // evidence does not bump the claim's version: it never conflicts with a verdict
        record(claim, user, "evidence added", "evidence", null, stance.key() + ": " + source.url);
        events.publish(claim.articleId, "evidence.added", evidence.id, claim.version, user.username);
        return evidence;
    }

    /** Copies the evidence of another claim whose sources this claim does not cite yet. */
    public List<Evidence> copyEvidence(long claimId, CopyEvidenceRequest request, AppUser user) {
        Claim claim = find(claimId);
        guard.requireWritable(claim.articleId);
        if (request == null || request.fromClaimId() == null) {
            throw Problem.invalid("fromClaimId", "Say which claim to copy the evidence from.");
        }
        if (request.fromClaimId() == claimId) {
            throw Problem.invalid("fromClaimId", "A claim cannot copy its own evidence.");
        }
        Claim from = Claim.<Claim>findByIdOptional(request.fromClaimId())
                .orElseThrow(() -> Problem.invalid("fromClaimId", "There is no claim " + request.fromClaimId() + "."));
        java.util.Set<Long> cited = new java.util.HashSet<>();
        claim.evidence.forEach(e -> cited.add(e.source.id));
        List<Evidence> copied = new ArrayList<>();
        for (Evidence original : from.evidence) {
            if (cited.add(original.source.id)) {
                Evidence copy = new Evidence();
                copy.claim = claim;
                copy.source = original.source;
                copy.stance = original.stance;
                copy.excerpt = original.excerpt;
                copy.note = original.note == null ? "Copied from claim " + from.id
                        : original.note + " (copied from claim " + from.id + ")";
                copy.createdBy = user;
                copy.persist();
                claim.evidence.add(copy);
                copied.add(copy);
                events.publish(claim.articleId, "evidence.added", copy.id, claim.version, user.username);
                record(claim, user, "evidence added", "evidence", null, copy.stance.key() + ": " + copy.source.url
                        + " (from claim " + from.id + ")");
            }
        }
        return copied;
    }

    public void deleteEvidence(long evidenceId, AppUser user) {
        Evidence evidence = Evidence.<Evidence>findByIdOptional(evidenceId)
                .orElseThrow(() -> Problem.notFound("evidence", evidenceId));
        Claim claim = evidence.claim;
        guard.requireWritable(claim.articleId);
        record(claim, user, "evidence removed", "evidence", evidence.stance.key() + ": " + evidence.source.url, null);
        claim.evidence.remove(evidence);
        evidence.delete();
        events.publish(claim.articleId, "evidence.removed", evidenceId, claim.version, user.username);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Claim find(long claimId) {
        return Claim.<Claim>findByIdOptional(claimId).orElseThrow(() -> Problem.notFound("claim", claimId));
    }

    private Claim findForWrite(long claimId, Integer version) {
        return findForWrite(claimId, version, false);
    }

    /** {@code evenWhenPublished}: the change may be made on a published article (still under its lock). */
    private Claim findForWrite(long claimId, Integer version, boolean evenWhenPublished) {
        Claim claim = find(claimId);
        if (evenWhenPublished) {
            guard.lock(claim.articleId);
        } else {
            guard.requireWritable(claim.articleId);
        }
        if (version == null) {
            throw Problem.invalid("version", "Send the version of the claim your change is based on.");
        }
        if (version != claim.version) {
            throw Problem.conflict("Someone changed this claim in the meantime; here is its current state.",
                    ClaimView.of(claim));
        }
        return claim;
    }

    private void change(Claim claim, AppUser user, String field, String from, String to,
            java.util.function.Consumer<String> setter) {
        if (!Objects.equals(from, to)) {
            setter.accept(to);
            record(claim, user, "edited", field, from, to);
        }
    }

    private void record(Claim claim, AppUser user, String action, String field, String from, String to) {
        history.record(claim.articleId, claim.id, user, action, field, from, to);
    }

    private static String optionalText(String value, String field, int max) {
        String text = blankToNull(value);
        if (text != null && text.length() > max) {
            throw Problem.invalid(field, "At most " + max + " characters.");
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
