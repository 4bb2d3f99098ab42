package org.factcheck.article;

import java.util.Set;

import org.factcheck.web.EnumKeys;

/** API.md: draft → in_review → reviewed → published; editors may step back to in_review (reopen). */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, REVIEWED, PUBLISHED;

    public String key() {
        return EnumKeys.key(this);
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
        return EnumKeys.of(ArticleStatus.class, key);
    }

    @jakarta.persistence.Converter
    public static class Converter extends EnumKeys.Converter<ArticleStatus> {
        public Converter() {
            super(ArticleStatus.class);
        }
    }
}
