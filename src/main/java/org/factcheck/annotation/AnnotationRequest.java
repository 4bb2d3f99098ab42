package org.factcheck.annotation;

/** {@code POST /api/articles/{id}/annotations}: a note on the span start–end (code points). */
public record AnnotationRequest(Integer start, Integer end, String body, String motivation) {
}
