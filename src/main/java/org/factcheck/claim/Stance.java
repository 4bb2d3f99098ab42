package org.factcheck.claim;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;

/** How a piece of evidence bears on a claim. */
public enum Stance {
    SUPPORTS, REFUTES, CONTEXT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Stance of(String key) {
        for (Stance stance : values()) {
            if (stance.key().equals(key)) {
                return stance;
            }
        }
        throw new IllegalArgumentException("Unknown stance: " + key);
    }

    @jakarta.persistence.Converter
    public static class Converter implements AttributeConverter<Stance, String> {
        @Override
        public String convertToDatabaseColumn(Stance stance) {
            return stance == null ? null : stance.key();
        }

        @Override
        public Stance convertToEntityAttribute(String key) {
            return key == null ? null : of(key);
        }
    }
}
