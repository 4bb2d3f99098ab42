package org.factcheck.oidc;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application signing in through the test Keycloak ({@link KeycloakServer}). A profile of its own, so only the
 * OIDC test classes start Keycloak and the others keep the application as configured by default (OIDC off).
 */
public class OidcTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakServer.class));
    }

    /** The desk asks for a token as another client of the same realm: its tokens are not for our audience. */
    public static class WrongAudience implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KeycloakServer.class, Map.of("client-id", "factcheck-other")));
        }
    }
}
