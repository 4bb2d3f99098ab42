package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void datesAlwaysCarryTheirSecondsSoTheyOrderAsText() {
        assertEquals("2026-11-25T17:29:00Z", Dates.iso(OffsetDateTime.parse("2026-11-25T17:29:00.5Z")));
        assertEquals("2026-11-25T17:29:02+03:00",
                Dates.iso(OffsetDateTime.parse("2026-11-25T17:29:02.999+03:00")));
    }
}
