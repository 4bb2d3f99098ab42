package org.factcheck.web;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every JSON string read into a request record, list or map passes {@link StorableText}: one deserializer for
 * {@code String}, registered on the application's ObjectMapper. Jackson adds the path of the property as the
 * exception travels out, so the answer names the JSON property ({@code source.url}, {@code roles[1]}).
 */
@Singleton
public class StorableTextJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new Deserializer()));
    }

    /**
     * Thrown while reading; {@link ProblemMapper} turns it into 400 naming {@link #field()}. A
     * MismatchedInputException because quarkus-rest's JSON reader lets that kind through as it is, where it would
     * wrap any other in a bare 400.
     */
    public static final class UnstorableTextException extends MismatchedInputException {

        private final String why;

        UnstorableTextException(JsonParser parser, String why) {
            super(parser, why, String.class);
            this.why = why;
        }

        public String why() {
            return why;
        }

        /** The property path as a person writes it: {@code source.url}, {@code roles[1]}. */
        public String field() {
            StringBuilder field = new StringBuilder();
            for (Reference ref : getPath()) {
                if (ref.getFieldName() != null) {
                    if (field.length() > 0) {
                        field.append('.');
                    }
                    field.append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                }
            }
            return field.length() == 0 ? "body" : field.toString();
        }
    }

    /** Jackson's own string reading (coercions included), then the check. */
    static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            String why = StorableText.whyNot(value);
            if (why != null) {
                throw new UnstorableTextException(p, why);
            }
            return value;
        }
    }
}
