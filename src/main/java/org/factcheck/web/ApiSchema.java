package org.factcheck.web;

/**
 * Patterns the OpenAPI document declares for request fields (ECMA-262 regular expressions, as JSON Schema reads
 * them). Each says what the service code accepts, so a client generator or fuzzer learns the same rule.
 */
public final class ApiSchema {

    /** ArticleService.checkUrl: blank (no address), or an absolute http(s) address, scheme in any case. */
    public static final String HTTP_URL = "^\\s*$|^\\s*[hH][tT][tT][pP][sS]?://";

    /** ArticleService.parseDate: blank, a date (midnight UTC) or an ISO-8601 date-time with offset. */
    public static final String DATE_OR_DATE_TIME = "^\\s*$|^\\s*\\d{4}-\\d{2}-\\d{2}(T.+)?\\s*$";

    /** Text that is more than white space (the services strip it, then refuse it empty). */
    public static final String NOT_BLANK = "\\S";

    private ApiSchema() {
    }
}
