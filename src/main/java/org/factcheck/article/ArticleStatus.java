package org.factcheck.article;

import java.util.Locale;
import java.util.Set;

import jakarta.persistence.AttributeConverter;

/** API.md: draft → in_review → reviewed → published; editors may step back to in_review (reopen). */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, REVIEWED, PUBLISHED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Set<ArticleStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(IN_REVIEW);
            case IN_REVIEW -> Set.of(DRAFT, REVIEWED);
            case REVIEWED -> Set.of(IN_REVIEW, PUBLISHED);
            case PUBLISHED -> Set.of(IN_REVIEW);
        };
    }

    public static ArticleStatus of(String key) {
        for (ArticleStatus status : values()) {
            if (status.key().equals(key)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown article status: " + key);
    }

    @jakarta.persistence.Converter
    public static class Converter implements AttributeConverter<ArticleStatus, String> {
        @Override
        public String convertToDatabaseColumn(ArticleStatus status) {
            return status == null ? null : status.key();
        }

        @Override
        public ArticleStatus convertToEntityAttribute(String key) {
            return key == null ? null : of(key);
        }
    }
}
