package org.factcheck.web;

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

/** Every interface text has its Arabic translation, and no translation is left over from a removed text. */
class ArabicMessagesTest {

    @Test
    void everyMessageIsTranslated() throws Exception {
        Properties arabic = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/msg_ar.properties")) {
            arabic.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(AppMessages.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Message.class)).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(keys.size() > 250, "the bundle was read: " + keys.size() + " texts");
        Set<String> missing = new TreeSet<>(keys);
        missing.removeAll(arabic.stringPropertyNames());
        Set<String> leftOver = new TreeSet<>(arabic.stringPropertyNames());
        leftOver.removeAll(keys);
        assertEquals(Set.of(), missing, "texts without an Arabic translation");
        assertEquals(Set.of(), leftOver, "translations of texts that no longer exist");
        assertTrue(arabic.stringPropertyNames().stream().allMatch(k -> !arabic.getProperty(k).isBlank()));
    }

    /** The texts of text fidelity live in a bundle of their own (web/TextMessages): same rule. */
    @Test
    void everyTextFidelityMessageIsTranslated() throws Exception {
        assertTranslated(TextMessages.class, "txt_ar.properties");
    }

    /** The layout's texts (web/PageMessages): same rule. */
    @Test
    void everyPageLayoutMessageIsTranslated() throws Exception {
        assertTranslated(PageMessages.class, "page_ar.properties");
    }

    /** Sign-in through the organisation's provider (oidc/OidcMessages): same rule. */
    @Test
    void everySignInMessageIsTranslated() throws Exception {
        assertTranslated(org.factcheck.oidc.OidcMessages.class, "oidc_ar.properties");
    }

    /** Every text of the bundle translated in messages/{@code file}, nothing left over, nothing blank. */
    static void assertTranslated(Class<?> bundle, String file) throws Exception {
        Properties arabic = new Properties();
        try (InputStream in = ArabicMessagesTest.class.getResourceAsStream("/messages/" + file)) {
            arabic.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(bundle.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Message.class)).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(!keys.isEmpty(), "the bundle was read");
        assertEquals(keys, new TreeSet<>(arabic.stringPropertyNames()), "every text translated, nothing left over");
        assertTrue(arabic.stringPropertyNames().stream().allMatch(k -> !arabic.getProperty(k).isBlank()));
    }
}
