package org.factcheck.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factcheck.article.Article;
import org.factcheck.article.ArticleService;
import org.factcheck.claim.ClaimStatus;
import org.factcheck.claim.EvidenceRequest;
import org.factcheck.claim.Stance;
import org.factcheck.claim.Verdict;
import org.factcheck.text.TextNormalizer;
import org.factcheck.web.ApiSchema;
import org.factcheck.web.Problem;

/** Sources are shared: the same URL (after normalization) is one source, whoever cites it first names it. */
@ApplicationScoped
public class SourceService {

    @Inject
    SnapshotService snapshots;

    @Transactional(Transactional.TxType.MANDATORY)
    public Source findOrCreate(EvidenceRequest.SourceRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String url = ArticleService.checkUrl(request.url(), "source.url", errors);
        if (url == null && errors.isEmpty()) {
            errors.add(new Problem.FieldError("source.url", "A source needs its http:// or https:// address."));
        }
        String title = request.title() == null ? "" : TextNormalizer.normalizeTitle(request.title());
        if (title.length() > 500) {
            errors.add(new Problem.FieldError("source.title", "A source title has at most 500 characters."));
        }
        String publisher = request.publisher() == null || request.publisher().isBlank() ? null
                : TextNormalizer.normalizeTitle(request.publisher());
        if (publisher != null && publisher.length() > 300) {
            errors.add(new Problem.FieldError("source.publisher", "A publisher name has at most 300 characters."));
        }
        var publishedAt = ArticleService.parseDate(request.publishedAt(), "source.publishedAt", errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        String normalized = normalizeUrl(url);
        return Source.findByUrl(normalized).orElseGet(() -> {
            Source source = new Source();
            source.url = normalized;
            source.title = title.isEmpty() ? URI.create(normalized).getHost() : title;
            source.publisher = publisher;
            source.publishedAt = publishedAt;
            source.persist();
            snapshots.request(source); // first citation: keep what the page says now
            return source;
        });
    }

    public record SourcePatch(@Schema(pattern = ApiSchema.NOT_BLANK, maxLength = 500) String title,
            @Schema(maxLength = 300) String publisher, @Schema(maxLength = 5000) String reliabilityNote,
            @Schema(required = true) Integer version) {
    }

    public record MergeRequest(@Schema(required = true) Long into) {
    }

    /** One claim that cites a source, for the source page. */
    public record Citation(long evidenceId, String stance, @Schema(nullable = true) String excerpt, long claimId,
            String quote, @Schema(nullable = true) String claimText, String verdict, String status, long articleId,
            String articleTitle,
            String articleLanguage, String articleDirection) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Source find(long id) {
        return Source.<Source>findByIdOptional(id).orElseThrow(() -> Problem.notFound("source", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SourceSnapshot firstFetchedSnapshot(long id) {
        find(id);
        return SourceSnapshot.<SourceSnapshot>find("sourceId = ?1 and status = ?2 order by id", id,
                SourceSnapshot.FETCHED).firstResultOptional()
                .orElseThrow(() -> new Problem(404, "Not found", "No copy of this page has been kept (yet).",
                        List.of(), null));
    }

    /** Every claim citing the source, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Citation> citations(long sourceId) {
        List<Object[]> rows = Source.getEntityManager().createQuery("select e.id, e.stance, e.excerpt, c.id, c.quote,"
                + " c.text, c.verdict, c.status, a.id, a.title, a.language, a.direction"
                + " from Evidence e join e.claim c, Article a"
                + " where e.source.id = :id and a.id = c.articleId order by a.id desc, c.start", Object[].class)
                .setParameter("id", sourceId).getResultList();
        return rows.stream().map(r -> new Citation((Long) r[0], ((Stance) r[1]).key(),
                (String) r[2], (Long) r[3], (String) r[4], (String) r[5],
                ((Verdict) r[6]).key(), ((ClaimStatus) r[7]).key(),
                (Long) r[8], (String) r[9], (String) r[10], (String) r[11])).toList();
    }

    @Transactional
    public SourceSnapshot recheck(long id) {
        return snapshots.request(find(id));
    }

    @Transactional
    public Source update(long id, SourcePatch patch) {
        Source source = find(id);
        if (patch == null || patch.version() == null) {
            throw Problem.invalid("version", "Send the version of the source you changed.");
        }
        if (patch.version() != source.version) {
            throw Problem.conflict("Someone changed this source in the meantime.", SourceView.of(source));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (patch.title() != null && (patch.title().isBlank() || patch.title().length() > 500)) {
            errors.add(new Problem.FieldError("title", "A source title has 1 to 500 characters."));
        }
        if (patch.publisher() != null && patch.publisher().length() > 300) {
            errors.add(new Problem.FieldError("publisher", "A publisher name has at most 300 characters."));
        }
        if (patch.reliabilityNote() != null && patch.reliabilityNote().length() > 5000) {
            errors.add(new Problem.FieldError("reliabilityNote", "A note has at most 5,000 characters."));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        if (patch.title() != null) {
            source.title = TextNormalizer.normalizeTitle(patch.title());
        }
        if (patch.publisher() != null) {
            source.publisher = patch.publisher().isBlank() ? null : TextNormalizer.normalizeTitle(patch.publisher());
        }
        if (patch.reliabilityNote() != null) {
            source.reliabilityNote = patch.reliabilityNote().isBlank() ? null : patch.reliabilityNote().strip();
        }
        source.updatedAt = java.time.OffsetDateTime.now();
        Source.flush();
        return source;
    }

    @Transactional
    public Source merge(long id, MergeRequest request) {
        if (request == null || request.into() == null) {
            throw Problem.invalid("into", "Say which source this one duplicates (into).");
        }
        if (request.into() == id) {
            throw Problem.invalid("into", "A source cannot be merged into itself.");
        }
        Source duplicate = find(id);
        Source target = Source.<Source>findByIdOptional(request.into())
                .orElseThrow(() -> Problem.invalid("into", "There is no source " + request.into() + "."));
        Source.getEntityManager().createQuery("update Evidence e set e.source = :target where e.source = :duplicate")
                .setParameter("target", target).setParameter("duplicate", duplicate).executeUpdate();
        if (target.publisher == null) {
            target.publisher = duplicate.publisher;
        }
        if (target.reliabilityNote == null) {
            target.reliabilityNote = duplicate.reliabilityNote;
        }
        duplicate.delete();
        target.updatedAt = java.time.OffsetDateTime.now();
        Source.flush();
        return target;
    }

    /** Sources whose address differs only in scheme, "www.", a trailing slash or tracking parameters. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Source> likelyDuplicates(Source source) {
        String key = UrlKey.ignoringParameterOrder(source.url);
        URI uri = URI.create(source.url);
        return Source.<Source>list("id != ?1 and lower(url) like ?2", source.id,
                "%" + uri.getHost().replaceFirst("^www\\.", "").toLowerCase(Locale.ROOT) + "%").stream()
                .filter(s -> UrlKey.ignoringParameterOrder(s.url).equals(key)).toList();
    }

    /** Lower-case scheme and host, no default port, no fragment: two spellings of one page are one source. */
    public static String normalizeUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
                port = -1;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return scheme + "://" + host + (port == -1 ? "" : ":" + port) + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException | NullPointerException e) {
            throw Problem.invalid("source.url", "'" + url + "' is not a valid address.");
        }
    }
}
