package org.factcheck.annotation;

/**
 * {@code POST /api/articles/{id}/annotations}: a note on the span start–end (code points), optionally with the
 * {@code quote} selected there (checked: 409 when the text has changed since).
 */
public record AnnotationRequest(Integer start, Integer end, String body, String motivation, String quote) {
}
