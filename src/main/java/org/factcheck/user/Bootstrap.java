package org.factcheck.user;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.factcheck.article.Article;
import org.factcheck.article.ArticleRequest;
import org.factcheck.article.ArticleService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factcheck.config.FactcheckConfig;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * First start: the admin from FACTCHECK_ADMIN_USERNAME / FACTCHECK_ADMIN_PASSWORD when there is no admin yet
 * (API.md: users). In dev mode ({@code factcheck.demo-data}) also one demo user per role and the seed article, so
 * a newcomer sees real work at once. Production has no built-in password.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class);
    /** Demo accounts (dev mode only); README lists them. */
    public static final String DEMO_PASSWORD = "factcheck-demo-2026";
    static final List<List<String>> DEMO_USERS = List.of(
            List.of("viewer", "Vera Viewer", "viewer"),
            List.of("checker", "Chadi Checker", "checker"),
            List.of("editor", "Edith Editor", "editor"),
            List.of("editor2", "Emad Editor", "editor"),
            List.of("admin", "Ada Admin", "admin"));

    @Inject
    FactcheckConfig config;
    @Inject
    UserService users;
    @Inject
    ArticleService articles;

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> sessionKey;

    void onStart(@Observes StartupEvent event) {
        requireSessionKeyInProduction();
        QuarkusTransaction.requiringNew().run(() -> {
            if (!AppUser.anyAdmin() && config.admin().username().isPresent() && config.admin().password().isPresent()) {
                users.ensureUser(config.admin().username().get(), config.admin().password().get(), "Administrator",
                        List.of(Role.ADMIN_NAME));
                LOG.infof("Created the first admin '%s' from FACTCHECK_ADMIN_USERNAME.", config.admin().username().get());
            } else if (!AppUser.anyAdmin() && !config.demoData()) {
                LOG.warn("No admin exists: set FACTCHECK_ADMIN_USERNAME and FACTCHECK_ADMIN_PASSWORD and restart.");
            }
            if (config.demoData()) {
                seedDemo();
            }
        });
    }

    /** Without a configured key sessions would die on restart and differ per instance: refuse to start. */
    private void requireSessionKeyInProduction() {
        if (LaunchMode.current() == LaunchMode.NORMAL && sessionKey.map(String::strip).orElse("").length() < 32) {
            throw new IllegalStateException("Set FACTCHECK_SESSION_KEY to a secret of at least 32 characters "
                    + "(the same on every instance); it encrypts the session cookies.");
        }
    }

    private void seedDemo() {
        for (List<String> demo : DEMO_USERS) {
            users.ensureUser(demo.get(0), DEMO_PASSWORD, demo.get(1), List.of(demo.get(2)));
        }
        LOG.infof("Demo users (dev mode): viewer, checker, editor, editor2, admin; password '%s' for all.",
                DEMO_PASSWORD);
        if (Article.count() == 0) {
            AppUser editor = AppUser.findByUsername("editor").orElseThrow();
            articles.importArticle(new ArticleRequest("تراجع وتيرة المواجهات مع أذربيجان وأرمينيا تعلن مقتل 49 من جنودها",
                    seedText(), "ar", null, "العرب", "2022-09-13"), editor);
            LOG.info("Imported the seed article (Arabic, 2022-09-13).");
        }
    }

    private static String seedText() {
        try (InputStream in = Bootstrap.class.getResourceAsStream("/seed/article-ar-2022-09-13.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
