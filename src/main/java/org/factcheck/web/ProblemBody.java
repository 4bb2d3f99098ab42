package org.factcheck.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON shape of RFC 9457 problem details, plus our {@code errors} and {@code current} members. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemBody(String type, String title, int status, String detail, List<Problem.FieldError> errors,
        Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static ProblemBody of(Problem problem) {
        return new ProblemBody("about:blank", problem.title(), problem.status(), problem.detail(), problem.errors(),
                problem.current());
    }
}
