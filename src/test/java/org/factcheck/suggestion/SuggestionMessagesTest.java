package org.factcheck.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.i18n.Message;

/** Every text of suggested claims has its Arabic, and every reason has a text (templates look them up by key). */
class SuggestionMessagesTest {

    @Test
    void everyTextIsTranslatedAndEveryReasonHasOne() throws Exception {
        Properties arabic = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/sug_ar.properties")) {
            arabic.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(SuggestionMessages.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Message.class)).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(keys, new TreeSet<>(arabic.stringPropertyNames()), "every text translated, nothing left over");
        assertTrue(arabic.stringPropertyNames().stream().noneMatch(k -> arabic.getProperty(k).isBlank()));
        for (Reason r : Reason.values()) {
            assertTrue(keys.contains("reason_" + r.key()), r + " has a text");
        }
    }
}
