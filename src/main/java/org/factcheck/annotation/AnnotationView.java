package org.factcheck.annotation;

import java.time.OffsetDateTime;

/** API.md: an annotation as JSON. */
public record AnnotationView(Long id, long articleId, int start, int end, String quote, String prefix, String suffix,
        String body, String motivation, String createdBy, OffsetDateTime createdAt, int version, boolean orphaned) {

    public static AnnotationView of(Annotation a) {
        return new AnnotationView(a.id, a.articleId, a.start, a.end, a.quote, a.prefix, a.suffix, a.body,
                a.motivation, a.createdBy.username, a.createdAt, a.version, a.orphaned);
    }
}
