package org.factcheck.intake;

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

/** Every text of import by URL has its Arabic translation, and none is left over. */
class ImportMessagesTest {

    @Test
    void everyMessageIsTranslated() throws Exception {
        Properties arabic = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/imp_ar.properties")) {
            arabic.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(ImportMessages.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Message.class)).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(keys.size() > 20, "the bundle was read: " + keys.size() + " texts");
        assertEquals(keys, new TreeSet<>(arabic.stringPropertyNames()));
        assertTrue(arabic.stringPropertyNames().stream().allMatch(k -> !arabic.getProperty(k).isBlank()));
    }
}
