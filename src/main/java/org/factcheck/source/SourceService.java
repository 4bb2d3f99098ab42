package org.factcheck.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.factcheck.article.ArticleService;
import org.factcheck.claim.EvidenceRequest;
import org.factcheck.text.TextNormalizer;
import org.factcheck.web.Problem;

/** Sources are shared: the same URL (after normalization) is one source, whoever cites it first names it. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SourceService {

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
            return source;
        });
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
