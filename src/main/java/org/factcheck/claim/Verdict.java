package org.factcheck.claim;

import org.factcheck.web.EnumKeys;

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
        return EnumKeys.key(this);
    }

    public String displayName() {
        return label == null ? "Unreviewed" : label;
    }

    public static Verdict of(String key) {
        return EnumKeys.of(Verdict.class, key);
    }

    @jakarta.persistence.Converter
    public static class Converter extends EnumKeys.Converter<Verdict> {
        public Converter() {
            super(Verdict.class);
        }
    }
}
