package org.factcheck.testsupport;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.factcheck.user.UserRequest;
import org.factcheck.user.UserService;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Test data: every test makes its own uniquely named users and articles, so tests never depend on each other. */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    UserService users;

    /** A new active user holding {@code role}, named after it, e.g. "editor-7". */
    @Transactional
    public String user(String role) {
        String username = role + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        users.create(new UserRequest(username, PASSWORD, "Test " + username, List.of(role), true, null));
        return username;
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static String seedText() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/seed/article-ar-2022-09-13.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the Arabic seed article through the API as {@code editor}; answers the article JSON. */
    public static Map<String, Object> importSeed(String editor) {
        return as(editor).body(Map.of("title", "تراجع وتيرة المواجهات", "text", seedText(), "outlet", "العرب",
                "publishedAt", "2022-09-13")).post("/api/articles").then().statusCode(201).extract().jsonPath()
                .getMap("$");
    }

    public static Map<String, Object> importText(String editor, String title, String text) {
        return as(editor).body(Map.of("title", title, "text", text)).post("/api/articles").then().statusCode(201)
                .extract().jsonPath().getMap("$");
    }

    @SuppressWarnings("unchecked")
    public static long sentenceId(Map<String, Object> article, int index) {
        List<Map<String, Object>> sentences = (List<Map<String, Object>>) article.get("sentences");
        return ((Number) sentences.get(index).get("id")).longValue();
    }

    public static long id(Map<String, Object> json) {
        return ((Number) json.get("id")).longValue();
    }
}
