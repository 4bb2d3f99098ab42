package org.factcheck.claim;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;

/** API.md: open → (verdict set) proposed → approved by a second editor; a rejection returns it to open. */
public enum ClaimStatus {
    OPEN, PROPOSED, APPROVED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClaimStatus of(String key) {
        for (ClaimStatus status : values()) {
            if (status.key().equals(key)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown claim status: " + key);
    }

    @jakarta.persistence.Converter
    public static class Converter implements AttributeConverter<ClaimStatus, String> {
        @Override
        public String convertToDatabaseColumn(ClaimStatus status) {
            return status == null ? null : status.key();
        }

        @Override
        public ClaimStatus convertToEntityAttribute(String key) {
            return key == null ? null : of(key);
        }
    }
}
