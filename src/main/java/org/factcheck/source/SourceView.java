package org.factcheck.source;

import java.time.OffsetDateTime;

public record SourceView(Long id, String url, String title, String publisher, OffsetDateTime publishedAt) {

    public static SourceView of(Source s) {
        return new SourceView(s.id, s.url, s.title, s.publisher, s.publishedAt);
    }
}
