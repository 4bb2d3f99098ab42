package org.factcheck.claim;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;

/** API.md: the verdict vocabulary and its ClaimReview rating (1 worst … 5 best). */
public enum Verdict {
    UNREVIEWED(null, null),
    VERIFIED(5, "Verified"),
    MOSTLY_VERIFIED(4, "Mostly verified"),
    DISPUTED(3, "Disputed"),
    MISLEADING(2, "Misleading"),
    FALSE(1, "False"),
    UNVERIFIABLE(null, "Unverifiable");

    /** ClaimReview ratingValue; null for unverifiable (omitted) and unreviewed (never exported). */
    public final Integer rating;
    public final String label;

    Verdict(Integer rating, String label) {
        this.rating = rating;
        this.label = label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String displayName() {
        return label == null ? "Unreviewed" : label;
    }

    public static Verdict of(String key) {
        for (Verdict verdict : values()) {
            if (verdict.key().equals(key)) {
                return verdict;
            }
        }
        throw new IllegalArgumentException("Unknown verdict: " + key);
    }

    @jakarta.persistence.Converter
    public static class Converter implements AttributeConverter<Verdict, String> {
        @Override
        public String convertToDatabaseColumn(Verdict verdict) {
            return verdict == null ? null : verdict.key();
        }

        @Override
        public Verdict convertToEntityAttribute(String key) {
            return key == null ? null : of(key);
        }
    }
}
