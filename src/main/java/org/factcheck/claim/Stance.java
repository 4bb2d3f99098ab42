package org.factcheck.claim;

import org.factcheck.web.EnumKeys;

/** How a piece of evidence bears on a claim. */
public enum Stance {
    SUPPORTS, REFUTES, CONTEXT;

    public String key() {
        return EnumKeys.key(this);
    }

    public static Stance of(String key) {
        return EnumKeys.of(Stance.class, key);
    }

    @jakarta.persistence.Converter
    public static class Converter extends EnumKeys.Converter<Stance> {
        public Converter() {
            super(Stance.class);
        }
    }
}
