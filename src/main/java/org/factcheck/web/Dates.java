package org.factcheck.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Dates in what other tools read (ClaimReview and W3C Web Annotation exports), and as native queries return them. */
public final class Dates {

    private Dates() {
    }

    /** ISO 8601 (xsd:dateTime) to the second, seconds always written (toString drops ":00", which breaks ordering). */
    public static String iso(OffsetDateTime time) {
        return time == null ? null : time.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * A {@code timestamptz} column of a native query: the driver and Hibernate version decide whether it comes as an
     * OffsetDateTime, an Instant or a Timestamp. Null stays null.
     */
    public static OffsetDateTime fromSql(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
