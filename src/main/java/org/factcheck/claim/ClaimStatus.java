package org.factcheck.claim;

import org.factcheck.web.EnumKeys;

/** API.md: open → (verdict set) proposed → approved by a second editor; a rejection returns it to open. */
public enum ClaimStatus {
    OPEN, PROPOSED, APPROVED;

    public String key() {
        return EnumKeys.key(this);
    }

    public static ClaimStatus of(String key) {
        return EnumKeys.of(ClaimStatus.class, key);
    }

    @jakarta.persistence.Converter
    public static class Converter extends EnumKeys.Converter<ClaimStatus> {
        public Converter() {
            super(ClaimStatus.class);
        }
    }
}
