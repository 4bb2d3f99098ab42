package org.factcheck.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Dates in what other tools read: ClaimReview and W3C Web Annotation exports. */
public final class Dates {

    private Dates() {
    }

    /** ISO 8601 (xsd:dateTime) to the second, seconds always written (toString drops ":00", which breaks ordering). */
    public static String iso(OffsetDateTime time) {
        return time == null ? null : time.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
