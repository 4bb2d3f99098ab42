package org.factcheck.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Application settings ({@code factcheck.*}); environment variables such as FACTCHECK_ADMIN_USERNAME map here. */
@ConfigMapping(prefix = "factcheck")
public interface FactcheckConfig {

    /** Where people reach the application; used for absolute links in ClaimReview and W3C exports. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    Organization organization();

    Admin admin();

    /** Import the seed article and create one demo user per role (dev mode only). */
    @WithDefault("false")
    boolean demoData();

    @WithDefault("500000")
    int maxArticleChars();

    Snapshots snapshots();

    AnnotationImport annotationImport();

    Suggestions suggestions();

    /** OpenID Connect sign-in (oidc/, docs/security.md); off unless an issuer and client id are set. */
    Oidc oidc();

    LocalLogin localLogin();

    /** Username and password at /login and HTTP Basic; off where everyone signs in through the provider. */
    interface LocalLogin {
        @WithDefault("true")
        boolean enabled();
    }

    interface Oidc {
        /** The provider's issuer URL (its discovery document is at issuer + /.well-known/openid-configuration). */
        Optional<String> issuer();

        Optional<String> clientId();

        /** Confidential clients; a public client relies on PKCE alone. */
        Optional<String> clientSecret();

        /** The audience the ID token must carry; the client id when not set. */
        Optional<String> audience();

        /** The claim carrying groups or roles; a path such as realm_access/roles for nested claims. */
        @WithDefault("groups")
        String groupsClaim();

        /** "group=role" pairs separated by commas, e.g. "desk-editors=editor,fact-checkers=checker". */
        Optional<String> roleMapping();

        /** Refuse sign-in when none of the person's groups is in the mapping (nothing is created then). */
        @WithDefault("false")
        boolean requireMappedGroup();

        /** The role of a person created at first sign-in when no group maps. */
        @WithDefault("viewer")
        String defaultRole();

        /** Shown on the login page: "Sign in with ...". */
        @WithDefault("your organisation")
        String providerName();

        @WithDefault("openid,profile,email")
        java.util.List<String> scopes();

        /** Where the username comes from (made fit for a username; a number is added when it is taken). */
        @WithDefault("preferred_username")
        String usernameClaim();
    }

    /** Suggested claims (suggestion/SuggestionService, docs/suggestions.md). */
    interface Suggestions {
        /** Sentences scoring at least this are suggested; 0.5 is each language model's threshold tuned on dev. */
        @WithDefault("0.5")
        double threshold();

        /** A folder with the CheckThat! 2024 task 1 files, to retrain with them (research use; never shipped). */
        Optional<String> checkthatPath();
    }

    /** {@code POST /api/articles/{id}/annotations/import} (annotation/WebAnnotationService). */
    interface AnnotationImport {
        /** More annotations in one document get 413; the body size is limited by quarkus.http.limits. */
        @WithDefault("5000")
        int maxItems();
    }

    /** Copies of cited pages (source/SnapshotService). */
    interface Snapshots {
        @WithDefault("true")
        boolean enabled();

        /** Intranets and tests only: allows fetching loopback, private and link-local addresses. */
        @WithDefault("false")
        boolean allowPrivateAddresses();

        @WithDefault("10s")
        java.time.Duration timeout();

        @WithDefault("2000000")
        long maxBytes();

        /** How often to look for pages to copy again (source/SnapshotRechecks). */
        @WithDefault("6h")
        String recheckEvery();

        /** A page whose last copy is older than this is fetched again. */
        @WithDefault("P7D")
        java.time.Duration recheckAfter();
    }

    /** Read by {@link EmbeddedPostgresConfigSourceFactory} before the application starts; declared here too. */
    EmbeddedPostgres embeddedPostgres();

    interface EmbeddedPostgres {
        @WithDefault("false")
        boolean enabled();

        @WithDefault("0")
        int port();

        Optional<String> dataDir();

        /** Set by the factory itself: the URL of the server it started in this JVM. */
        Optional<String> startedUrl();
    }

    interface Organization {
        @WithDefault("Factcheck Desk")
        String name();

        @WithDefault("https://factcheck.example.org")
        String url();
    }

    interface Admin {
        Optional<String> username();

        Optional<String> password();
    }
}
