package org.factcheck.web;

import java.util.List;

/**
 * A failure a person can act on, answered as RFC 9457 problem+json by {@link ProblemMapper} and shown next to
 * the field on pages. Services throw it; nothing is stored because the transaction rolls back.
 */
public class Problem extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String title;
    private final transient List<FieldError> errors;
    private final transient Object current;

    public Problem(int status, String title, String detail, List<FieldError> errors, Object current) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.current = current;
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "Bad request", detail, List.of(), null);
    }

    public static Problem invalid(String field, String message) {
        return new Problem(400, "Invalid input", message, List.of(new FieldError(field, message)), null);
    }

    public static Problem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message() : "Some fields are not valid.";
        return new Problem(400, "Invalid input", detail, errors, null);
    }

    public static Problem notFound(String what, Object id) {
        return new Problem(404, "Not found", "There is no " + what + " with id " + id + ".", List.of(), null);
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "Forbidden", detail, List.of(), null);
    }

    /** A stale version or a forbidden transition; {@code current} is the resource as it is now. */
    public static Problem conflict(String detail, Object current) {
        return new Problem(409, "Conflict", detail, List.of(), current);
    }

    /** Well-formed input that cannot be applied (e.g. an annotation whose quote is not in the text). */
    public static Problem unprocessable(String detail, List<FieldError> errors) {
        return new Problem(422, "Unprocessable content", detail, errors, null);
    }

    public static Problem tooLarge(String detail) {
        return tooLarge(detail, List.of());
    }

    /** Too large, said next to the fields it concerns (a form shows it there). */
    public static Problem tooLarge(String detail, List<FieldError> errors) {
        return new Problem(413, "Content too large", detail, errors, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Object current() {
        return current;
    }

    /** The message for one field, for showing it next to that field on a form. */
    public String messageFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }
}
