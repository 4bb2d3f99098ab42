package org.factcheck.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.AttributeConverter;

/**
 * Enums that the API and the database spell in lower case ({@code mostly_verified}, {@code in_review}): one key
 * rule, one lookup, one JPA converter for all of them.
 */
public final class EnumKeys {

    private EnumKeys() {
    }

    public static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant spelled {@code key}; IllegalArgumentException for anything else. */
    public static <E extends Enum<E>> E of(Class<E> type, String key) {
        return find(type, key)
                .orElseThrow(() -> new IllegalArgumentException("Unknown " + type.getSimpleName() + ": " + key));
    }

    /** The constant spelled {@code key}, if there is one. */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String key) {
        for (E value : type.getEnumConstants()) {
            if (key(value).equals(key)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The keys of {@code type} for a message, in declaration order: "open, proposed or approved". */
    public static String choices(Class<? extends Enum<?>> type) {
        List<String> keys = Arrays.stream(type.getEnumConstants()).map(EnumKeys::key).toList();
        return String.join(", ", keys.subList(0, keys.size() - 1)) + " or " + keys.get(keys.size() - 1);
    }

    /** Stores an enum as its key; subclasses only name the type. */
    public abstract static class Converter<E extends Enum<E>> implements AttributeConverter<E, String> {

        private final Class<E> type;

        protected Converter(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : key(value);
        }

        @Override
        public E convertToEntityAttribute(String key) {
            return key == null ? null : of(type, key);
        }
    }
}
