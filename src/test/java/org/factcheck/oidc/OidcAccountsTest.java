package org.factcheck.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.factcheck.testsupport.Fixtures;
import org.factcheck.user.AppUser;
import org.factcheck.user.Role;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Account rules of the provider's sign-in without a provider (this profile maps no group, so every sign-in is
 * "no mapping applies"): the first sign-in makes the account with the default role, an admin's change of role is
 * kept, a provider's name never takes over a local account. The Keycloak tests cover mapped groups.
 */
@QuarkusTest
class OidcAccountsTest {

    @Inject
    OidcAccounts accounts;
    @Inject
    Fixtures fixtures;

    private static AppUser reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findById(id));
    }

    @Test
    void whereNoGroupMapsTheNewAccountGetsTheDefaultRoleAndAnAdminsChangeIsKept() {
        String subject = "subject-" + System.nanoTime();
        AppUser first = accounts.signIn(new ProviderAccount("https://idp.example", subject, "Zaid.Haddad@example.org",
                "Zaid Haddad", List.of("some-group")), "127.0.0.1");
        assertEquals("zaid.haddad", first.username.replaceAll("-\\d+$", ""));
        assertEquals(Set.of(Role.VIEWER), first.roleSet());
        QuarkusTransaction.requiringNew().run(() -> AppUser.<AppUser>findById(first.id).roles = "editor");

        AppUser again = accounts.signIn(new ProviderAccount("https://idp.example", subject, "zaid", "Zaid Haddad",
                List.of()), "127.0.0.1");
        assertEquals(first.id, again.id);
        assertEquals(Set.of(Role.EDITOR), reload(first.id).roleSet(), "the local role stays where no mapping applies");
    }

    @Test
    void aProvidersNameNeverTakesOverALocalAccount() {
        String local = fixtures.user("admin");
        AppUser fromProvider = accounts.signIn(new ProviderAccount("https://idp.example", "s-" + System.nanoTime(),
                local, "Someone Else", List.of()), null);
        assertTrue(!fromProvider.username.equals(local) && fromProvider.username.startsWith(local + "-"),
                fromProvider.username);
        assertEquals(Set.of(Role.VIEWER), fromProvider.roleSet());
    }

    @Test
    void usernamesFromTheProviderAreMadeFitForTheDesk() {
        assertEquals("jose.garcia", OidcAccounts.freeUsername("José.García@newsroom.example"));
        assertEquals("user-", OidcAccounts.freeUsername("محمد").substring(0, 5));
        assertThrows(IllegalArgumentException.class, () -> RoleMapping.parse("editors=boss"));
        assertEquals(Set.of(Role.EDITOR, Role.CHECKER), RoleMapping.parse("a=editor, b=checker")
                .rolesFor(List.of("b", "a", "c")));
    }
}
